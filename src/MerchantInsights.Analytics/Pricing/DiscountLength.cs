namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// How long the shop's discounts last: a distribution over days, read from the discounts it can see whole — a run of
/// consecutive selling days at one price at least <see cref="MinDepth"/> below the selling days just before and just after
/// it. A slow seller's discount is seldom seen whole (its unsold days have no price), so the lengths come from the shop's
/// busier products and tell where a slow seller's discount began and ended among its unsold days (<see cref="UnsoldDays"/>).
/// A discount seen on many products on the same days (a sitewide sale) counts once. A run is seen whole only if the
/// product sold on each of its days, which favours short runs on a shop of slow sellers (ChoiceShop, discounts of 3–10
/// days: median 4). With fewer than <see cref="MinRuns"/> runs: any length from 1 to 14 days alike. Every length up to
/// <see cref="MaxDays"/> keeps a little weight (one pseudo-run spread over them), so no length the data allow is ruled out.
/// O(product-days).
/// </summary>
public sealed class DiscountLength
{
    /// <summary>The longest discount considered (longer runs count as this long).</summary>
    public const int MaxDays = 90;
    /// <summary>A discount is at least this much below the selling days around it.</summary>
    public const double MinDepth = 0.03;
    /// <summary>Fewer discounts seen whole than this say too little: any length from 1 to 14 days is taken alike.</summary>
    public const int MinRuns = 5;
    private const int DefaultLongest = 14;
    private readonly double[] _probability, _survival;

    private DiscountLength(double[] counts, int runs)
    {
        var total = counts.Sum() + 1;
        _probability = counts.Select((c, d) => d == 0 ? 0 : (c + 1.0 / MaxDays) / total).ToArray();
        _survival = new double[MaxDays + 2];
        for (var d = MaxDays; d >= 0; d--) _survival[d] = _survival[d + 1] + (d + 1 <= MaxDays ? _probability[d + 1] : 0);
        Runs = runs;
        var (half, sum) = (_probability.Sum() / 2, 0.0);
        Median = Enumerable.Range(1, MaxDays).First(d => (sum += _probability[d]) >= half);
    }

    /// <summary>The median length in days.</summary>
    public int Median { get; }

    /// <summary>How many discounts seen whole it was read from (0 for a fixed or default length).</summary>
    public int Runs { get; }

    /// <summary>ln P(a discount lasts exactly <paramref name="days"/> days).</summary>
    public double LogProbability(int days) => days is >= 1 and <= MaxDays ? Math.Log(_probability[days]) : double.NegativeInfinity;

    /// <summary>ln P(a discount lasts more than <paramref name="days"/> days).</summary>
    public double LogSurvival(int days) => days < 0 ? 0 : days > MaxDays ? double.NegativeInfinity
        : Math.Log(Math.Max(1e-300, _survival[days]));

    /// <summary>Discounts of exactly <paramref name="days"/> days (a known answer, or the owner's word).</summary>
    public static DiscountLength Fixed(int days)
    {
        var counts = new double[MaxDays + 1];
        counts[Math.Clamp(days, 1, MaxDays)] = 1000;
        return new DiscountLength(counts, 0);
    }

    /// <summary>The lengths of the discounts the products' sales show whole (see the class summary).</summary>
    public static DiscountLength Of(IReadOnlyList<ProductPriceHistory> products)
    {
        var runs = new HashSet<(DateOnly From, int Days)>();
        foreach (var h in products)
        {
            double? Sold(int t) => t >= 0 && t < h.DailyUnits.Length && h.DailyUnits[t] > 0 && h.PriceOn(t) is > 0 and var p ? p : null;
            for (var t = 1; t < h.DailyUnits.Length; t++)
            {
                if (Sold(t - 1) is not { } before || Sold(t) is not { } price || price > (1 - MinDepth) * before) continue;
                var end = t;
                while (Sold(end + 1) is { } next && Math.Abs(next - price) <= 0.01 * price) end++;
                if (Sold(end + 1) is { } after && price <= (1 - MinDepth) * after) runs.Add((h.FirstDay.AddDays(t), end - t + 1));
                t = end;
            }
        }
        var counts = new double[MaxDays + 1];
        if (runs.Count < MinRuns)
            for (var d = 1; d <= DefaultLongest; d++) counts[d] = 1;
        else
            foreach (var r in runs) counts[Math.Min(r.Days, MaxDays)]++;
        return new DiscountLength(counts, runs.Count < MinRuns ? 0 : runs.Count);
    }
}
