namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// The planted B2B orders: a landscaping company (customer 90001) buys pots and soil by the pallet, 50–200 units a
/// line, six times over the season, at the list price of the day.
/// </summary>
public static class GardenBusinessOrders
{
    public const string Customer = "90001";

    public static readonly (DateTime At, (string ProductId, int Units)[] Lines)[] Planted =
    [
        (new(2026, 3, 12, 8, 41, 0), [("TO-3003", 120), ("DU-4002", 80)]),
        (new(2026, 4, 2, 7, 55, 0), [("DU-4002", 150)]),
        (new(2026, 4, 29, 9, 12, 0), [("TO-3001", 200), ("DU-4006", 60)]),
        (new(2026, 5, 14, 10, 3, 0), [("TO-3005", 50)]),
        (new(2026, 6, 11, 8, 20, 0), [("DU-4002", 100), ("TO-3003", 80)]),
        (new(2026, 9, 17, 7, 48, 0), [("DU-4002", 70)]),
    ];

    public static IEnumerable<(DateTime At, string Customer, List<(GardenProduct Product, int Units)> Lines)> All(IReadOnlyList<GardenProduct> products) =>
        Planted.Select(o => (o.At, Customer, o.Lines.Select(l => (products.Single(p => p.Id == l.ProductId), l.Units)).ToList()));
}
