namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// About 2% of ordinary lines come back 5–30 days after the order: a line with the order's number, the return's date,
/// the same price and a negative quantity (usually the whole line, sometimes one unit). Returns after the export
/// date are not in the file.
/// </summary>
public static class GardenReturns
{
    public const double Share = 0.02;

    public static GardenLine? For(Random rng, GardenLine sold)
    {
        if (rng.NextDouble() >= Share) return null;
        var at = sold.At.AddDays(rng.Next(5, 31)).AddMinutes(rng.Next(-300, 300));
        if (DateOnly.FromDateTime(at) > GardenCalendar.Export) return null;
        var units = sold.Quantity > 1 && rng.NextDouble() < 0.3 ? 1 : sold.Quantity;
        return sold with { At = at, Quantity = -units, Kind = GardenLineKind.Return };
    }
}
