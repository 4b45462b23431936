namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// One article of the garden shop. <see cref="BaseLines"/> is the expected number of order lines a day at the autumn
/// level of the season and the base price; each line carries 1 or more units (<see cref="UnitsPerLine"/>).
/// </summary>
public sealed record GardenProduct(
    string Id, string Name, string Category, decimal BasePrice, decimal Cost, bool CostNeverExported, double Elasticity,
    double BaseLines, (int Units, double Weight)[] UnitsPerLine, DateOnly? Launch, DateOnly? Discontinued, (DateOnly From, DateOnly To)? StockOut)
{
    public double MeanUnitsPerLine => UnitsPerLine.Sum(u => u.Units * u.Weight) / UnitsPerLine.Sum(u => u.Weight);

    /// <summary>Units a day at the autumn season level and the base price (the truth's "base daily demand").</summary>
    public double BaseDailyUnits => BaseLines * MeanUnitsPerLine;

    public bool IsWatering => Category == GardenCategories.Watering;

    public bool IsFertiliser => Category == GardenCategories.Fertiliser;

    /// <summary>Whether the product could be bought that day: launched, not yet discontinued, not out of stock.</summary>
    public bool Sellable(DateOnly day) => (Launch is not { } l || day >= l) && (Discontinued is not { } d || day < d) && !OutOfStock(day);

    public bool OutOfStock(DateOnly day) => StockOut is { } s && GardenCalendar.Within(day, s);

    /// <summary>The listed price that day: the base price, fertiliser +8% from 1 July.</summary>
    public decimal RegularPrice(DateOnly day) =>
        IsFertiliser && day >= GardenCalendar.FertiliserRise ? Math.Round(BasePrice * GardenCalendar.FertiliserFactor, 2) : BasePrice;

    /// <summary>The price charged that day: the regular price, 20% off during the 'Frühlingsrabatt' weeks.</summary>
    public decimal ChargedPrice(DateOnly day) =>
        GardenCalendar.SpringSales.Any(s => GardenCalendar.Within(day, s))
            ? Math.Round(RegularPrice(day) * (1 - GardenCalendar.SpringDiscount), 2)
            : RegularPrice(day);
}
