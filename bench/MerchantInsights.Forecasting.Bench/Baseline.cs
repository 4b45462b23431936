namespace MerchantInsights.Bench;

/// <summary>The three yardsticks of issue 5, written here independently of the engine's own copies.</summary>
public static class Baseline
{
    public static double[] SeasonalNaive(double[] y, int h) => Enumerable.Range(0, h).Select(i => y[y.Length - 7 + i % 7]).ToArray();

    public static double[] WeekdayProfile(double[] y, int h)
    {
        var n = y.Length;
        var level = y[^28..].Average();
        var sums = new double[7];
        for (var t = Math.Max(0, n - 182); t < n; t++) sums[t % 7] += y[t];
        var total = sums.Sum();
        return Enumerable.Range(0, h).Select(i => total == 0 ? level : level * 7 * sums[(n + i) % 7] / total).ToArray();
    }

    public static double[] WeekdayMedian(double[] y, int h) => Enumerable.Range(0, h).Select(i =>
    {
        var same = Enumerable.Range(1, 8).Select(w => y[y.Length - 7 * w + i % 7]).Order().ToArray();
        return (same[3] + same[4]) / 2;
    }).ToArray();
}
