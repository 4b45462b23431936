namespace MerchantInsights.Analytics.Series;

/// <summary>Quantiles of values already sorted ascending: the linear-interpolated quantile and the split-conformal central range.</summary>
public static class SortedQuantiles
{
    /// <summary>Linear-interpolated quantile (Hyndman &amp; Fan type 7); 0 for no values.</summary>
    public static double At(double[] sorted, double p)
    {
        if (sorted.Length == 0) return 0;
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    /// <summary>
    /// The central range a new value should fall in with probability <paramref name="central"/>: the quantiles at the
    /// split-conformal levels ⌈(n+1)p⌉/n on each side (a few dozen past errors make plain quantiles too narrow).
    /// </summary>
    public static (double Low, double High) ConformalRange(double[] sorted, double central)
    {
        var n = sorted.Length;
        var tail = (1 - central) / 2;
        return n == 0 ? (0, 0) : (At(sorted, Math.Max(0, 1 - (1 - tail) * (n + 1) / n)), At(sorted, Math.Min(1, (1 - tail) * (n + 1) / n)));
    }
}
