namespace MerchantInsights.ShopSimulator;

/// <summary>
/// The shop's customers: activity follows a heavy tail (a few buy often), each has two favourite products, and half
/// the orders of a product go to its fans — so buying again really happens. 8% of orders are guests (no id).
/// </summary>
public sealed class CustomerBase
{
    private readonly string[] _ids;
    private readonly WeightedPicker _anyone;
    private readonly List<int>[] _fans;
    private readonly WeightedPicker?[] _fanPickers;
    private readonly Random _rng;

    public CustomerBase(Random rng, int count, IReadOnlyList<SimProduct> products)
    {
        _rng = rng;
        _ids = Enumerable.Range(1, count).Select(i => $"C{i:00000}").ToArray();
        var activity = _ids.Select(_ => Math.Pow(1 - rng.NextDouble(), -1 / 1.3)).ToArray();
        _anyone = new WeightedPicker(activity);
        _fans = products.Select(_ => new List<int>()).ToArray();
        var byDemand = new WeightedPicker(products.Select(p => p.BaseDemand).ToArray());
        for (var c = 0; c < count; c++)
            for (var f = 0; f < 2; f++) _fans[byDemand.Pick(rng)].Add(c);
        _fanPickers = _fans.Select(f => f.Count == 0 ? null : new WeightedPicker(f.Select(c => activity[c]).ToArray())).ToArray();
    }

    public string For(int product)
    {
        var r = _rng.NextDouble();
        if (r < 0.08) return "";
        if (r < 0.55 && _fanPickers[product] is { } fans) return _ids[_fans[product][fans.Pick(_rng)]];
        return _ids[_anyone.Pick(_rng)];
    }
}

/// <summary>Draws an index with probability proportional to its weight (binary search over cumulative weights).</summary>
public sealed class WeightedPicker(double[] weights)
{
    private readonly double[] _cumulative = Cumulative(weights);

    public int Pick(Random rng)
    {
        var i = Array.BinarySearch(_cumulative, rng.NextDouble() * _cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] w)
    {
        var c = new double[w.Length];
        for (double sum = 0, i = 0; i < w.Length; i++) c[(int)i] = sum += w[(int)i];
        return c;
    }
}
