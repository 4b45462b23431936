namespace MerchantInsights.Analytics.Series;

/// <summary>Trailing moving average: the mean of the last <c>window</c> values (fewer at the start of the series). O(n).</summary>
public static class MovingAverage
{
    /// <summary>The trailing means, one per value (same length as <paramref name="values"/>).</summary>
    public static double[] Trailing(IReadOnlyList<double> values, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var result = new double[values.Count];
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            result[i] = sum / Math.Min(i + 1, window);
        }
        return result;
    }
}
