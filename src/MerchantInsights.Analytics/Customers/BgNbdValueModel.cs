namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// Predicted value = BG/NBD expected purchase days × Gamma-Gamma expected spend per purchase day (Fader, Hardie &amp; Lee
/// 2005), both fitted on the customers' histories up to one cut-off. When too few customers have bought twice for
/// Gamma-Gamma (or its shop mean is undefined, q ≤ 1) a customer's own mean spend is used, shrunk the same way toward
/// the shop's plain mean. O(customers) to predict after an O(customers · iterations) fit.
/// </summary>
public sealed class BgNbdValueModel
{
    private readonly double _shopMean;

    /// <summary>The fitted BG/NBD parameters: how often customers buy (purchase days) and how soon they drop out.</summary>
    public BgNbdParameters Purchases { get; }
    /// <summary>The fitted Gamma-Gamma spend per purchase day; null when own mean spend shrunk to the shop's mean is used.</summary>
    public GammaGammaParameters? Spend { get; }
    /// <summary>True when both maximum-likelihood fits (BG/NBD and, if used, Gamma-Gamma) converged.</summary>
    public bool Converged { get; }

    private BgNbdValueModel(BgNbdParameters purchases, GammaGammaParameters? spend, double shopMean, bool converged) =>
        (Purchases, Spend, _shopMean, Converged) = (purchases, spend, shopMean, converged);

    internal static BgNbdValueModel Fit(IReadOnlyList<CustomerHistory> customers, DateOnly cutoff)
    {
        var (purchases, purchasesConverged) = BgNbdFitter.Fit(customers.Select(c => Buying(c, cutoff)).ToList());
        var spends = customers.Select(c => c.RepeatSpend()).ToList();
        var positive = customers.SelectMany(c => c.DaySpend).Where(s => s > 0).ToArray();
        var shopMean = positive.Length == 0 ? 0 : positive.Average();
        GammaGammaParameters? spend = null;
        var spendConverged = true;
        if (spends.Count(s => s.Count > 0) >= 20)
        {
            (spend, spendConverged) = GammaGammaFitter.Fit(spends);
            if (!(spend.Q > 1) || double.IsNaN(spend.PopulationMean)) spend = null;
        }
        return new BgNbdValueModel(purchases, spend, shopMean, purchasesConverged && spendConverged);
    }

    internal static RepeatBuying Buying(CustomerHistory c, DateOnly cutoff) => new(c.Repeats, c.LastRepeatAge, c.Age(cutoff));

    /// <summary>The chance of at least one purchase in the <paramref name="days"/> days after the cut-off: what the pages call the chance
    /// to order again (<see cref="BgNbdModel.ProbabilityOfPurchase"/>).</summary>
    internal double ProbabilityActive(CustomerHistory customer, DateOnly cutoff, int days) =>
        BgNbdModel.ProbabilityOfPurchase(Purchases, Buying(customer, cutoff), days);

    /// <summary>P(alive) (the trees read it as a feature), expected purchase days and expected value over the <paramref name="days"/>
    /// days after the cut-off.</summary>
    internal (double Alive, double Purchases, double Value) Predict(CustomerHistory customer, DateOnly cutoff, int days)
    {
        var buying = Buying(customer, cutoff);
        var alive = BgNbdModel.ProbabilityAlive(Purchases, buying);
        var purchases = BgNbdModel.ExpectedPurchases(Purchases, buying, days);
        var (count, mean) = customer.RepeatSpend();
        var perPurchase = Spend is { } g ? GammaGammaModel.ExpectedSpend(g, count, mean) : (_shopMean + count * mean) / (1 + count);
        return (alive, purchases, Math.Max(0, purchases * perPurchase));
    }
}
