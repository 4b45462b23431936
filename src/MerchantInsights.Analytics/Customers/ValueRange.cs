namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// An 80% range for predicted values, learned from the hold-out: customers are split into five groups by predicted
/// value, and each group keeps the 10th and 90th percentiles of real ÷ predicted spend. A new prediction takes its
/// group's ratios (so the range says "customers predicted like this spent between … and …"), widened to contain the
/// prediction. O(n log n) to calibrate, O(log groups) per prediction.
/// </summary>
internal sealed class ValueRange
{
    private const int Groups = 5;
    private readonly double[] _upperEdges;
    private readonly (double Low, double High)[] _ratios;

    private ValueRange(double[] upperEdges, (double, double)[] ratios) => (_upperEdges, _ratios) = (upperEdges, ratios);

    public static ValueRange Calibrate(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        var order = Enumerable.Range(0, predicted.Count).Where(i => predicted[i] > 0).OrderBy(i => predicted[i]).ToArray();
        var edges = new List<double>();
        var ratios = new List<(double, double)>();
        for (var g = 0; g < Groups && order.Length > 0; g++)
        {
            var part = order[(g * order.Length / Groups)..((g + 1) * order.Length / Groups)];
            if (part.Length == 0) continue;
            var r = part.Select(i => Math.Max(0, actual[i]) / predicted[i]).Order().ToArray();
            edges.Add(predicted[part[^1]]);
            ratios.Add((r[(int)(0.1 * (r.Length - 1))], r[(int)Math.Ceiling(0.9 * (r.Length - 1))]));
        }
        return new ValueRange([.. edges], [.. ratios]);
    }

    public (double Low, double High) Of(double value)
    {
        if (_ratios.Length == 0 || value <= 0) return (value, value);
        var g = Array.BinarySearch(_upperEdges, value);
        g = Math.Min(_ratios.Length - 1, g < 0 ? ~g : g);
        return (Math.Min(value, value * _ratios[g].Low), Math.Max(value, value * _ratios[g].High));
    }
}
