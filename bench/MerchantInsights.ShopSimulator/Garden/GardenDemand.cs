using MerchantInsights.ShopSimulator.Messy;

namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// The shop's ordinary demand: order lines of a product on a day ~ Poisson(base lines × season × (price / base
/// price)^elasticity), nothing while it is not yet launched, discontinued or out of stock; each line 1 or more units.
/// </summary>
public static class GardenDemand
{
    public static double ExpectedLines(GardenProduct p, DateOnly day) =>
        p.BaseLines * GardenSeason.Level(day, p.IsWatering) * Math.Pow((double)(p.ChargedPrice(day) / p.BasePrice), p.Elasticity);

    /// <summary>Expected units ignoring availability (what buyers wanted, also on stock-out days).</summary>
    public static double ExpectedUnits(GardenProduct p, DateOnly day) => ExpectedLines(p, day) * p.MeanUnitsPerLine;

    public static List<(GardenProduct Product, int Units)> Day(Random rng, IReadOnlyList<GardenProduct> products, DateOnly day)
    {
        var lines = new List<(GardenProduct, int)>();
        foreach (var p in products)
        {
            var n = Poisson.Draw(rng, ExpectedLines(p, day));
            if (!p.Sellable(day)) continue;
            for (var i = 0; i < n; i++) lines.Add((p, Units(rng, p.UnitsPerLine)));
        }
        return lines;
    }

    private static int Units(Random rng, (int Units, double Weight)[] table)
    {
        var r = rng.NextDouble() * table.Sum(t => t.Weight);
        foreach (var (units, weight) in table)
            if ((r -= weight) < 0) return units;
        return table[^1].Units;
    }
}
