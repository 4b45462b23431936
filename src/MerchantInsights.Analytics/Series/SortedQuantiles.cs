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

    /// <summary>
    /// <see cref="ConformalRange"/> for errors of counts, where many are tied at one end (a day without sales under a
    /// forecast of zero gives an error of exactly 0 for every such day): a value tied at the low end falls inside the range,
    /// so the range would hold far more than <paramref name="central"/> of the past errors. The end with the ties gives
    /// up nothing, so the other end gives up its share: the range then holds <paramref name="central"/> of the past
    /// errors, ties counted. O(log n).
    /// </summary>
    public static (double Low, double High) ConformalRangeOfCounts(double[] sorted, double central)
    {
        var n = sorted.Length;
        if (n == 0) return (0, 0);
        var (low, high) = ConformalRange(sorted, central);
        var tail = (1 - central) / 2;
        var (lowLevel, highLevel) = (Math.Max(0, 1 - (1 - tail) * (n + 1) / n), Math.Min(1, (1 - tail) * (n + 1) / n));
        var below = Below(sorted, low) / (double)n;
        var above = (n - AtMost(sorted, high)) / (double)n;
        if (below < lowLevel - 1.0 / n) high = At(sorted, Math.Max(0, highLevel - (lowLevel - below)));
        else if (above < 1 - highLevel - 1.0 / n) low = At(sorted, Math.Min(1, lowLevel + (1 - highLevel - above)));
        return (low, high);
    }

    /// <summary>How many values are below v (binary search).</summary>
    private static int Below(double[] sorted, double v)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] < v) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>How many values are at most v (binary search).</summary>
    private static int AtMost(double[] sorted, double v)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] <= v) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
