namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// How long the shop's discounts last: a distribution over days, read from the discounts its sales show — a run of selling
/// days at one price at least <see cref="MinDepth"/> below the selling days just before and just after it. Its length is
/// known to lie between the span of its own sales and the days between the sales around it (a busy product's discount is
/// seen whole, a slow seller's only within a range), and the distribution is the one that best explains all those ranges
/// together (<see cref="Turnbull"/>). Counting only the discounts seen whole favoured short ones on a shop of slow sellers
/// (ChoiceShop, discounts of 3–10 days: median 4). A sitewide sale counts once, at its length; the same sales span on
/// several products counts once. It tells where a slow seller's discount began and ended among its unsold days
/// (<see cref="UnsoldDays"/>). With fewer than <see cref="MinRuns"/> discounts: any length from 1 to 14 days alike. Every
/// length up to <see cref="MaxDays"/> keeps a little weight (one pseudo-discount spread over them), so no length the data
/// allow is ruled out. O(product-days + iterations × discounts × days).
/// </summary>
public sealed class DiscountLength
{
    /// <summary>The longest discount considered (longer runs count as this long).</summary>
    public const int MaxDays = 90;
    /// <summary>A discount is at least this much below the selling days around it.</summary>
    public const double MinDepth = 0.03;
    /// <summary>Fewer discounts than this say too little: any length from 1 to 14 days is taken alike.</summary>
    public const int MinRuns = 2;
    private const int DefaultLongest = 14;
    private readonly double[] _probability, _logProbability, _logSurvival;

    private DiscountLength(double[] counts, int runs)
    {
        var total = counts.Sum() + 1;
        _probability = counts.Select((c, d) => d == 0 ? 0 : (c + 1.0 / MaxDays) / total).ToArray();
        var survival = new double[MaxDays + 2];
        for (var d = MaxDays; d >= 0; d--) survival[d] = survival[d + 1] + (d + 1 <= MaxDays ? _probability[d + 1] : 0);
        _logProbability = _probability.Select(x => Math.Log(x)).ToArray();
        _logSurvival = survival.Select(x => Math.Log(Math.Max(1e-300, x))).ToArray();
        Runs = runs;
        var (half, sum) = (_probability.Sum() / 2, 0.0);
        Median = Enumerable.Range(1, MaxDays).First(d => (sum += _probability[d]) >= half);
    }

    /// <summary>The median length in days.</summary>
    public int Median { get; }

    /// <summary>How many discounts it was read from (0 for a fixed or default length).</summary>
    public int Runs { get; }

    /// <summary>ln P(a discount lasts exactly <paramref name="days"/> days).</summary>
    public double LogProbability(int days) => days is >= 1 and <= MaxDays ? _logProbability[days] : double.NegativeInfinity;

    /// <summary>ln P(a discount lasts more than <paramref name="days"/> days).</summary>
    public double LogSurvival(int days) => days < 0 ? 0 : days > MaxDays ? double.NegativeInfinity : _logSurvival[days];

    /// <summary>Discounts of exactly <paramref name="days"/> days (a known answer, or the owner's word).</summary>
    public static DiscountLength Fixed(int days)
    {
        var counts = new double[MaxDays + 1];
        counts[Math.Clamp(days, 1, MaxDays)] = 1000;
        return new DiscountLength(counts, 0);
    }

    /// <summary>The lengths of the shop's discounts (see the class summary); <paramref name="sitewide"/>: the shop's sitewide sale
    /// days, each run of them one discount seen whole.</summary>
    public static DiscountLength Of(IReadOnlyList<ProductPriceHistory> products, IReadOnlySet<DateOnly>? sitewide = null)
    {
        var spans = new HashSet<(DateOnly First, DateOnly Last)>();
        var episodes = new List<(int Shortest, int Longest)>();
        foreach (var h in products)
        {
            var sold = Enumerable.Range(0, h.DailyUnits.Length).Where(t => h.DailyUnits[t] > 0 && h.PriceOn(t) is > 0)
                .Select(t => (Day: t, Price: h.PriceOn(t)!.Value)).ToList();
            for (var k = 1; k < sold.Count - 1; k++)
            {
                var price = sold[k].Price;
                if (price > (1 - MinDepth) * sold[k - 1].Price) continue;
                var end = k;
                while (end + 1 < sold.Count && Math.Abs(sold[end + 1].Price - price) <= 0.01 * price) end++;
                if (end + 1 < sold.Count && price <= (1 - MinDepth) * sold[end + 1].Price)
                {
                    var (before, first, last, after) = (sold[k - 1].Day, sold[k].Day, sold[end].Day, sold[end + 1].Day);
                    var shortest = last - first + 1;
                    var touchesSale = sitewide is not null
                        && Enumerable.Range(before + 1, after - before - 1).Any(t => sitewide.Contains(h.FirstDay.AddDays(t)));
                    if (shortest <= LastingAfter && !touchesSale && spans.Add((h.FirstDay.AddDays(first), h.FirstDay.AddDays(last))))
                        episodes.Add((shortest, Math.Min(MaxDays, after - before - 1)));
                }
                k = end;
            }
        }
        if (sitewide is not null)
        {
            var days = sitewide.Order().ToList();
            for (var i = 0; i < days.Count;)
            {
                var j = i;
                while (j + 1 < days.Count && days[j + 1] == days[j].AddDays(1)) j++;
                episodes.Add((j - i + 1, j - i + 1));
                i = j + 1;
            }
        }
        var counts = new double[MaxDays + 1];
        if (episodes.Count < MinRuns)
            for (var d = 1; d <= DefaultLongest; d++) counts[d] = 1;
        else
            counts = Turnbull(episodes);
        return new DiscountLength(counts, episodes.Count < MinRuns ? 0 : episodes.Count);
    }

    /// <summary>A discount at this price for longer than this (its sales span more days) is a lasting level, not a discount.</summary>
    private const int LastingAfter = 60;

    /// <summary>
    /// The length distribution from intervals (Turnbull 1976, the self-consistent estimator): each discount lasted at least
    /// from its first to its last sale at that price and at most the days between the sales at other prices around it. A
    /// discount seen whole is an interval of one length. Returns expected counts per length. O(iterations × distinct ranges × days).
    /// </summary>
    private static double[] Turnbull(List<(int Shortest, int Longest)> episodes)
    {
        var p = new double[MaxDays + 1];
        for (var d = 1; d <= MaxDays; d++) p[d] = 1.0 / MaxDays;
        var counts = new double[MaxDays + 1];
        var intervals = episodes.CountBy(e => e).ToList(); // the same range many times over is one sum
        for (var iteration = 0; iteration < 200; iteration++)
        {
            Array.Clear(counts);
            foreach (var ((lo, hi), times) in intervals)
            {
                var mass = 0.0;
                for (var d = lo; d <= hi; d++) mass += p[d];
                if (mass <= 0) continue;
                for (var d = lo; d <= hi; d++) counts[d] += times * p[d] / mass;
            }
            var total = counts.Sum();
            var change = 0.0;
            for (var d = 1; d <= MaxDays; d++)
            {
                var next = counts[d] / total;
                change = Math.Max(change, Math.Abs(next - p[d]));
                p[d] = next;
            }
            if (change < 1e-6) break;
        }
        return counts;
    }
}
