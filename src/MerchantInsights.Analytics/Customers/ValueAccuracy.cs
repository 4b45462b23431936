namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// How well predicted spend matched real spend over a held-out period: Spearman's rank correlation (1 = customers in
/// exactly the right order) and the mean absolute error in shop currency, over <paramref name="Customers"/> customers.
/// </summary>
public sealed record ValueAccuracy(string Method, int Customers, double Spearman, double MeanAbsoluteError)
{
    /// <summary>Spearman rank correlation and mean absolute error (shop currency) of predicted against actual spend.</summary>
    /// <param name="method">The name shown for the model or baseline.</param>
    /// <param name="predicted">Predicted spend per customer over the held-out period.</param>
    /// <param name="actual">Actual spend of the same customers, in the same order.</param>
    public static ValueAccuracy Measure(string method, IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        if (predicted.Count != actual.Count) throw new ArgumentException($"{predicted.Count} predictions for {actual.Count} customers.",
            nameof(predicted));
        var mae = predicted.Count == 0 ? double.NaN : predicted.Zip(actual, (p, a) => Math.Abs(p - a)).Average();
        return new ValueAccuracy(method, predicted.Count, RankCorrelation(predicted, actual), mae);
    }

    /// <summary>Pearson correlation of the ranks, ties given their average rank. O(n log n). NaN when either side is constant.</summary>
    public static double RankCorrelation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (rx, ry) = (Ranks(x), Ranks(y));
        var (mx, my) = (rx.Average(), ry.Average());
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    internal static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        return ranks;
    }
}
