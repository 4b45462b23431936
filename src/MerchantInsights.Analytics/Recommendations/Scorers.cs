namespace MerchantInsights.Analytics.Recommendations;

/// <summary>One recommender behind the common interface: scores every product for a customer and explains a pick.</summary>
internal abstract class Scorer(Interactions data)
{
    protected Interactions Data { get; } = data;
    public abstract string Name { get; }

    /// <summary>Fills scores[item] (length = products) for a known customer; higher is better, 0 = no opinion.</summary>
    public abstract void Score(int user, double[] scores);

    public abstract string Reason(int user, int item);

    protected string Item(int item) => Data.Items[item];
}

/// <summary>Cold start and yardstick: products with the most distinct buyers in the last 90 days.</summary>
internal sealed class PopularityScorer(Interactions data) : Scorer(data)
{
    public override string Name => "Popularity";

    public override void Score(int user, double[] scores)
    {
        for (var i = 0; i < scores.Length; i++) scores[i] = Data.RecentBuyers[i];
    }

    public override string Reason(int user, int item) => $"popular: {Data.RecentBuyers[item]} customers bought it in the last 90 days";
}

/// <summary>Buy again: Σ over past orders of the product of 0.5^(age / half-life) — frequent and recent purchases first.</summary>
internal sealed class BuyAgainScorer(Interactions data, double halfLifeDays) : Scorer(data)
{
    public double HalfLifeDays => halfLifeDays;
    public override string Name => "Buy again";

    public override void Score(int user, double[] scores)
    {
        Array.Clear(scores);
        foreach (var (item, days) in Data.History[user])
            foreach (var d in days) scores[item] += Math.Pow(0.5, (Data.CutDay - d) / halfLifeDays);
    }

    public override string Reason(int user, int item)
    {
        var days = Data.History[user].GetValueOrDefault(item);
        return days is null ? "" : $"you buy this regularly: {days.Count} orders, last on {DateOnly.FromDayNumber(days.Max()):d MMM yyyy}";
    }
}
