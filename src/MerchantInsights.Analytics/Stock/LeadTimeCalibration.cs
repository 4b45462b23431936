namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// How far lead-time demand really strays from its expected value, measured on the shop's own history (split conformal
/// prediction, Vovk et al. 2005; Angelopoulos &amp; Bates 2023, "A Gentle Introduction to Conformal Prediction" §2).
/// At rolling origins t (every <see cref="OriginStep"/> days) of every product's history, the expected demand over the
/// next L days is L × the product's recent level at t (<see cref="RecentDemand.Level"/>), and the score is the actual
/// L-day sum's distance from it in units of <see cref="Scale"/> (noise and level error: √(μ·lumpiness + (c·μ)²)). Scores are pooled per
/// group of similar products
/// (<see cref="Group"/>: 91-day volume × share of days without a sale) and lead time, and their empirical quantiles are
/// stored at <see cref="Levels"/>; a small group is blended with the whole shop's scores, so slow sellers borrow
/// strength. The reorder point is then expected demand + quantile × scale: it covers the service level on the
/// back-test by construction, whatever the shape (lumpy wholesale orders, drifting levels, seasons) — as long as the
/// coming weeks resemble the history. Cost O(products × days / step × leads), a fraction of a second for a year of
/// thousands of products. Limits: the expected value at past origins is the recent level, not the forecast, so the
/// spread is that of a plain rate; a season the history has not seen is not in the scores.
/// </summary>
public sealed record LeadTimeCalibration(int[] Leads, double[] Levels, double[] Quantiles, int[] Counts)
{
    /// <summary>OriginStep: days between rolling origins in the back-test. BlendScores: scores at which a group's own quantile
    /// and the whole shop's weigh the same (weight = count / (count + 300)).</summary>
    public const int OriginStep = 3, BlendScores = 300;
    private const double LevelShare = 0.25;
    private static readonly double[] VolumeEdges = [0.2, 0.6, 2, 6, 20];
    private static readonly double[] ZeroShareEdges = [0.35, 0.75];
    private static int Groups => (VolumeEdges.Length + 1) * (ZeroShareEdges.Length + 1);

    /// <summary>Lead times (days) at which scores are measured; others are interpolated.</summary>
    public static int[] LeadGrid { get; } = [1, 3, 7, 14, 28, 56, 91];
    /// <summary>Service levels (probabilities, 0–1) at which score quantiles are stored; others are interpolated.</summary>
    public static double[] LevelGrid { get; } = [0.1, 0.5, 0.8, 0.9, 0.95, 0.975, 0.99];

    /// <summary>The spread unit of lead-time demand with mean <paramref name="mean"/> over <paramref name="lead"/> days.</summary>
    public static double Scale(double mean, int lead, RecentDemand recent)
    {
        var m = Math.Max(mean, lead * recent.Mean91);
        return Math.Sqrt(m * Math.Max(1, recent.Dispersion) + Math.Pow(LevelShare * m, 2));
    }

    /// <summary>The group of similar products (by 91-day volume and intermittency); the last index is the whole shop.</summary>
    public static int Group(RecentDemand recent) =>
        Bin(recent.Mean91, VolumeEdges) * (ZeroShareEdges.Length + 1) + Bin(recent.ZeroShare, ZeroShareEdges);

    /// <summary>Measures the scores on every product's history and stores their quantiles per group and lead time.</summary>
    /// <param name="histories">Each product's daily units sold, oldest first.</param>
    public static LeadTimeCalibration Build(IEnumerable<IReadOnlyList<double>> histories)
    {
        var scores = Enumerable.Range(0, (Groups + 1) * LeadGrid.Length).Select(_ => new List<double>()).ToArray();
        foreach (var units in histories)
        {
            var sums = new double[units.Count + 1];
            for (var t = 0; t < units.Count; t++) sums[t + 1] = sums[t] + (double.IsFinite(units[t]) ? Math.Max(0, units[t]) : 0);
            var dispersion = DemandNoise.Dispersion(units);
            for (var t = 28; t + LeadGrid[0] <= units.Count; t += OriginStep)
            {
                var recent = RecentDemand.From(units, t, dispersion);
                if (recent.Mean91 <= 0) continue; // not selling at the origin: no reorder point is asked for
                var group = Group(recent);
                for (var l = 0; l < LeadGrid.Length && t + LeadGrid[l] <= units.Count; l++)
                {
                    var lead = LeadGrid[l];
                    var expected = lead * recent.Level;
                    var score = (sums[t + lead] - sums[t] - expected) / Scale(expected, lead, recent);
                    scores[group * LeadGrid.Length + l].Add(score);
                    scores[Groups * LeadGrid.Length + l].Add(score);
                }
            }
        }
        var quantiles = new double[scores.Length * LevelGrid.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i].Sort();
            for (var p = 0; p < LevelGrid.Length; p++) quantiles[i * LevelGrid.Length + p] = Conformal(scores[i], LevelGrid[p]);
        }
        return new LeadTimeCalibration(LeadGrid, LevelGrid, quantiles, scores.Select(s => s.Count).ToArray());
    }

    /// <summary>
    /// The quantile of the score at <paramref name="level"/> for this product's group and lead time: interpolated between
    /// stored leads and levels (clamped at the ends), blended with the whole shop's by the group's count; NaN when
    /// nothing was measured at that lead.
    /// </summary>
    public double Score(RecentDemand recent, int lead, double level)
    {
        var group = Group(recent);
        var l = Array.FindLastIndex(Leads, x => x <= lead);
        if (l < 0) l = 0;
        var next = Math.Min(l + 1, Leads.Length - 1);
        var w = next == l ? 0 : Math.Clamp((lead - Leads[l]) / (double)(Leads[next] - Leads[l]), 0, 1);
        return (1 - w) * AtLead(group, l, level) + w * AtLead(group, next, level);
    }

    /// <summary>
    /// Expected demand plus the calibrated score × scale, rounded down: a whole number of units is at most x exactly when it
    /// is at most ⌊x⌋, so rounding up would cover more than the back-test did. Null when the calibration has no scores there.
    /// </summary>
    public int? ReorderPoint(double mean, int lead, RecentDemand recent, double level)
    {
        if (lead <= 0) return 0;
        var z = Score(recent, lead, level);
        if (!double.IsFinite(z)) return null;
        return (int)Math.Max(0, Math.Floor(mean + z * Scale(mean, lead, recent) + 1e-9));
    }

    private double AtLead(int group, int lead, double level)
    {
        var shop = Groups * Leads.Length + lead;
        var own = group * Leads.Length + lead;
        if (Counts[shop] == 0) return double.NaN;
        var w = Counts[own] / (double)(Counts[own] + BlendScores);
        return w * AtLevel(own, level) + (1 - w) * AtLevel(shop, level);
    }

    private double AtLevel(int row, double level)
    {
        if (Counts[row] == 0) return 0;
        var p = Array.FindLastIndex(Levels, x => x <= level);
        if (p < 0) return Quantiles[row * Levels.Length];
        if (p == Levels.Length - 1) return Quantiles[row * Levels.Length + p];
        var w = (level - Levels[p]) / (Levels[p + 1] - Levels[p]);
        return (1 - w) * Quantiles[row * Levels.Length + p] + w * Quantiles[row * Levels.Length + p + 1];
    }

    /// <summary>The ⌈(n + 1)p⌉-th smallest score: covers at least p of exchangeable new scores.</summary>
    private static double Conformal(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling((sorted.Count + 1) * p) - 1, 0, sorted.Count - 1)];

    private static int Bin(double value, double[] edges)
    {
        var i = 0;
        while (i < edges.Length && value >= edges[i]) i++;
        return i;
    }
}
