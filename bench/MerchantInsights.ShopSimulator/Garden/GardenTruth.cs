using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// The hidden truth of the garden shop: per product the base daily demand (units a day at the autumn level and the
/// base price), the true elasticity, launch / discontinue dates, the stock-out window and the demand lost in it, and
/// what the demand model expects for October and for the 28 days after the export; the season, the sales, the planted
/// B2B orders, the returns and the customers' real spend.
/// </summary>
public static class GardenTruth
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(string path, GardenShop shop, IReadOnlyList<GardenLine> lines)
    {
        var end = GardenCalendar.Export;
        var october = Range(new DateOnly(2026, 10, 1), end).ToList();
        var next28 = Range(end.AddDays(1), end.AddDays(28)).ToList();
        var last28 = Range(end.AddDays(-27), end).ToList();
        var ordinary = lines.Where(l => l.Kind == GardenLineKind.Ordinary).ToList();
        int Sold(GardenProduct p, IReadOnlyList<DateOnly> days) =>
            ordinary.Where(l => l.Product == p && days.Contains(DateOnly.FromDateTime(l.At))).Sum(l => l.Quantity);
        double Expected(GardenProduct p, IReadOnlyList<DateOnly> days) =>
            Math.Round(days.Where(p.Sellable).Sum(d => GardenDemand.ExpectedUnits(p, d)), 2);
        var from90 = end.AddDays(-89);
        var spend90 = lines.Where(l => DateOnly.FromDateTime(l.At) >= from90).GroupBy(l => l.Customer)
            .Select(g => (Customer: g.Key, Spend: g.Sum(l => l.Quantity * l.Price))).OrderByDescending(c => c.Spend).ToList();
        var truth = new
        {
            Shop = "Young German garden-supplies web shop (young-garden)",
            Model = "order lines of a product a day ~ Poisson(BaseDailyLines × season × (charged price / BasePrice)^Elasticity), 0 while not sellable; " +
                    "units per line drawn per category; BaseDailyDemand = BaseDailyLines × MeanUnitsPerLine (units/day at season 1.0 = October level, base price)",
            FirstDay = GardenCalendar.First,
            ExportDate = end,
            Lines = lines.Count,
            Orders = lines.Where(l => l.Quantity > 0).Select(l => l.OrderId).Distinct().Count(),
            Season = new { ShopByMonthMid = GardenSeason.Shop, WateringFactorByMonthMid = GardenSeason.Watering, HeatWaves = GardenCalendar.HeatWaves.Select(h => new { h.From, h.To, Factor = GardenCalendar.HeatWaveFactor }) },
            SpringSales = GardenCalendar.SpringSales.Select(s => new { s.From, s.To, Discount = GardenCalendar.SpringDiscount }),
            FertiliserRise = new { From = GardenCalendar.FertiliserRise, Factor = GardenCalendar.FertiliserFactor },
            Products = shop.Products.Select(p => new
            {
                p.Id, p.Name, p.Category, p.BasePrice, PriceAtExport = p.RegularPrice(end), p.Cost, p.CostNeverExported, p.Elasticity,
                BaseDailyDemand = Math.Round(p.BaseDailyUnits, 4), BaseDailyLines = p.BaseLines, MeanUnitsPerLine = Math.Round(p.MeanUnitsPerLine, 3),
                p.Launch, p.Discontinued,
                StockOut = p.StockOut is { } s ? new { s.From, s.To, ExpectedUnitsLost = Math.Round(Range(s.From, s.To).Sum(d => GardenDemand.ExpectedUnits(p, d)), 1) } : null,
                ExpectedUnitsOctober = Expected(p, october), SoldUnitsOctober = Sold(p, october),
                SoldUnitsLast28Days = Sold(p, last28), ExpectedUnitsNext28Days = p.Discontinued is null ? Expected(p, next28) : 0,
            }),
            BusinessOrders = lines.Where(l => l.Kind == GardenLineKind.Business).Select(l => new
            {
                OrderId = l.OrderId, Date = DateOnly.FromDateTime(l.At), CustomerId = l.Customer, ProductId = l.Product.Id, l.Quantity, UnitPrice = l.Price,
            }),
            Returns = new { Lines = lines.Count(l => l.Kind == GardenLineKind.Return), Units = -lines.Where(l => l.Kind == GardenLineKind.Return).Sum(l => l.Quantity), ShareOfLines = GardenReturns.Share },
            Customers = new
            {
                Count = lines.Select(l => l.Customer).Distinct().Count(),
                KeenGardeners = shop.Customers!.KeenCount,
                BuyingOnce = lines.Where(l => l.Quantity > 0).GroupBy(l => l.Customer).Count(g => g.Select(l => l.OrderId).Distinct().Count() == 1),
                TopSpendLast90Days = spend90.Take(10).Select(c => new { CustomerId = c.Customer, Spend = c.Spend }),
            },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(truth, Json));
    }

    private static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }
}
