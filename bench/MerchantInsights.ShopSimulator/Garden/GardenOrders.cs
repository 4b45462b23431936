namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// Packs a day's demanded lines into orders of 1–4 lines (a product twice in one order becomes one line), gives each
/// order a customer and a time of day (evenings are busiest). Order numbers are given later, in time order.
/// </summary>
public static class GardenOrders
{
    private static readonly double[] LinesPerOrder = [0.42, 0.32, 0.17, 0.09];

    // Hours 0–23: quiet at night, a lunch bump, the evening peak.
    private static readonly double[] Hours = [0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.4, 1.6, 1.7, 1.8, 2.0, 1.8, 1.6, 1.6, 1.7, 2.0, 2.5, 3.0, 3.2, 2.8, 1.8, 0.9];
    private static readonly WeightedPicker HourPicker = new(Hours);

    public static List<(DateTime At, string Customer, List<(GardenProduct Product, int Units)> Lines)> Day(Random rng,
        List<(GardenProduct Product, int Units)> demanded, DateOnly day, GardenCustomers customers)
    {
        var shuffled = demanded.OrderBy(_ => rng.Next()).ToList();
        var orders = new List<(DateTime, string, List<(GardenProduct, int)>)>();
        var season = GardenSeason.Level(day, watering: false);
        for (var i = 0; i < shuffled.Count;)
        {
            var size = 1 + new WeightedPicker(LinesPerOrder).Pick(rng);
            var lines = shuffled.Skip(i).Take(size).GroupBy(l => l.Product).Select(g => (g.Key, g.Sum(l => l.Units))).ToList();
            i += size;
            var at = day.ToDateTime(new TimeOnly(HourPicker.Pick(rng), rng.Next(60), rng.Next(60)));
            orders.Add((at, customers.Next(rng, season), lines));
        }
        return orders;
    }
}
