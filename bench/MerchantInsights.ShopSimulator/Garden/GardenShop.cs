namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// A young German garden-supplies web shop: nine months of orders from its opening on 2026-02-01 to the export on
/// 2026-10-31, the ordinary demand packed into orders, the landscaper's B2B orders, and ~2% returns.
/// </summary>
public sealed class GardenShop(int seed)
{
    public List<GardenProduct> Products { get; private set; } = [];

    public GardenCustomers? Customers { get; private set; }

    public List<GardenLine> Generate()
    {
        var rng = new Random(seed);
        Products = GardenCatalogue.Build(rng);
        Customers = new GardenCustomers(rng);
        var orders = new List<(DateTime At, string Customer, List<(GardenProduct Product, int Units)> Lines, GardenLineKind Kind)>();
        for (var d = 0; d < GardenCalendar.Days; d++)
        {
            var day = GardenCalendar.Day(d);
            orders.AddRange(GardenOrders.Day(rng, GardenDemand.Day(rng, Products, day), day, Customers).Select(o => (o.At, o.Customer, o.Lines, GardenLineKind.Ordinary)));
        }
        orders.AddRange(GardenBusinessOrders.All(Products).Select(o => (o.At, o.Customer, o.Lines, GardenLineKind.Business)));

        var lines = new List<GardenLine>();
        var number = 100001;
        foreach (var order in orders.OrderBy(o => o.At))
        {
            var id = (number++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (product, units) in order.Lines)
            {
                var day = DateOnly.FromDateTime(order.At);
                var cost = product.CostNeverExported || rng.NextDouble() < 0.06 ? (decimal?)null : product.Cost;
                var line = new GardenLine(id, order.At, order.Customer, product, units, product.ChargedPrice(day), cost, order.Kind);
                lines.Add(line);
                if (order.Kind == GardenLineKind.Ordinary && GardenReturns.For(rng, line) is { } back) lines.Add(back);
            }
        }
        return [.. lines.OrderBy(l => l.At)];
    }
}
