namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// How lumpy a product's days are around its own level: the variance of a day's units around the centred 7-day mean
/// (times the weekday's share, so a busy Saturday is not noise), divided by the mean — 1 for Poisson sales, 10 when
/// shoppers buy in tens. Read from the last <see cref="Days"/> days; at least 1 (Poisson), 1 too when there are fewer
/// than 28 days. The reorder point uses it to split the forecast's daily range into noise that averages out over the
/// lead time and level error that does not. O(n).
/// </summary>
public static class DemandNoise
{
    /// <summary>Days of history read for the dispersion: the last 182 (26 weeks).</summary>
    public const int Days = 182;

    /// <summary>Mean units a day over the last 28 days (fewer when the history is shorter); 0 for none.</summary>
    public static double RecentMean(IReadOnlyList<double> units) =>
        units.Count == 0 ? 0 : units.Skip(Math.Max(0, units.Count - 28)).Average(v => double.IsFinite(v) ? Math.Max(0, v) : 0);

    /// <summary>Variance-to-mean ratio of daily units around the local level, 1–1000 (1 = Poisson).</summary>
    /// <param name="units">Daily units sold, oldest first; non-finite and negative days count as 0.</param>
    public static double Dispersion(IReadOnlyList<double> units)
    {
        var n = Math.Min(Days, units.Count);
        if (n < 28) return 1;
        var y = units.Skip(units.Count - n).Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray();
        var mean = y.Average();
        if (mean <= 0) return 1;
        var weekday = Enumerable.Range(0, 7).Select(k => Enumerable.Range(0, n).Where(t => t % 7 == k).Average(t => y[t]) / mean).ToArray();
        var (sum, count) = (0.0, 0);
        for (var t = 3; t < n - 3; t++)
        {
            var level = 0.0;
            for (var j = t - 3; j <= t + 3; j++) level += y[j] / 7;
            var e = y[t] - level * weekday[t % 7];
            sum += e * e;
            count++;
        }
        // A day is one of the seven it is compared with, so independent noise shows only 6/7 of its variance.
        var variance = sum / count / (6.0 / 7);
        return Math.Clamp(variance / mean, 1, 1000);
    }
}
