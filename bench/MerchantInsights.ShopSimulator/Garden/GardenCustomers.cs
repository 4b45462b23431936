namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// Who places an order: most customers buy once; a few hundred keen gardeners come back every few weeks while the
/// season is on (their share of orders grows with the season); now and then a one-time buyer returns. Customer
/// numbers are handed out in order of the first purchase, from 10001.
/// </summary>
public sealed class GardenCustomers
{
    private const int KeenGardeners = 260;
    private readonly string?[] _keen = new string?[KeenGardeners];
    private readonly WeightedPicker _keenPicker;
    private readonly List<string> _onceOnly = [];
    private int _next = 10001;

    public GardenCustomers(Random rng) =>
        _keenPicker = new WeightedPicker([.. Enumerable.Range(0, KeenGardeners).Select(_ => Math.Exp(0.5 * Catalogue.Gaussian(rng)))]);

    public string Next(Random rng, double season)
    {
        var keenShare = 0.08 + 0.22 * Math.Clamp((season - 1) / 3.4, 0, 1);
        var r = rng.NextDouble();
        if (r < keenShare)
        {
            var i = _keenPicker.Pick(rng);
            return _keen[i] ??= NewId();
        }
        if (r < keenShare + 0.06 && _onceOnly.Count > 0) return _onceOnly[rng.Next(_onceOnly.Count)];
        var id = NewId();
        _onceOnly.Add(id);
        return id;
    }

    public int Count => _next - 10001;

    public int KeenCount => _keen.Count(k => k != null);

    private string NewId() => (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
