using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Alerts.Bench;

/// <summary>
/// What the app feeds the alerts, built from a simulated shop's lines: the demand cleaner's output (one-offs capped and
/// found), daily units and the median line price per product and day, and the sold lines at real prices.
/// </summary>
public sealed record ShopInput(List<ProductDailyUnits> Products, IReadOnlyList<OneOffOrder> OneOffs, List<PricedLine> Lines, double[] Index)
{
    public static ShopInput From(SimulatedShop shop)
    {
        var cleaned = DemandCleaner.Clean(shop.Lines, new Dictionary<string, string>(), DemandDecisions.None, new CleaningOptions());
        var priced = new List<PricedLine>();
        var days = new Dictionary<string, (double[] Units, List<double>[] Prices)>(StringComparer.Ordinal);
        for (var i = 0; i < shop.Lines.Count; i++)
        {
            if (cleaned.Roles[i] is not (LineRole.Sale or LineRole.OneOff) || cleaned.Demand[i] <= 0) continue;
            var line = shop.Lines[i];
            var day = DateOnly.FromDateTime(line.At);
            var t = day.DayNumber - shop.First.DayNumber;
            if (!days.TryGetValue(line.ProductId, out var series))
                days[line.ProductId] = series = (new double[shop.Days], Enumerable.Range(0, shop.Days).Select(_ => new List<double>()).ToArray());
            series.Units[t] += cleaned.Demand[i];
            series.Prices[t].Add(line.UnitPrice);
            priced.Add(new PricedLine(line.ProductId, line.OrderId, day, line.Quantity, line.UnitPrice));
        }
        var products = days.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new ProductDailyUnits(d.Key, shop.First, d.Value.Units,
            d.Value.Prices.Select(p => p.Count == 0 ? (double?)null : p.Order().ElementAt(p.Count / 2)).ToArray())).ToList();
        var index = MerchantInsights.Analytics.Series.ShopDemandIndex.Build(
            products.Select(p => new MerchantInsights.Analytics.Series.ShopDemandIndex.ProductDays(p.FirstDay, p.Units, p.Price)).ToList(),
            shop.First, shop.First.AddDays(shop.Days - 1));
        return new ShopInput(products, cleaned.OneOffs, priced, index);
    }
}
