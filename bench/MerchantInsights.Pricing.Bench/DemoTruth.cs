using System.Text.Json;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>The demo shop's true elasticities and costs from wwwroot-assets/demo-shop-truth.json, on its real import.</summary>
public static class DemoTruth
{
    public static Dictionary<string, (double Elasticity, double Cost, double BasePrice)> Load()
    {
        var path = Path.Combine(Path.GetDirectoryName(BenchShop.DemoShop)!, "demo-shop-truth.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("Products").EnumerateArray().ToDictionary(p => p.GetProperty("Id").GetString()!,
            p => (p.GetProperty("Elasticity").GetDouble(), p.GetProperty("Cost").ValueKind == JsonValueKind.Number ? p.GetProperty("Cost").GetDouble() : 0.6 * p.GetProperty("BasePrice").GetDouble(), p.GetProperty("BasePrice").GetDouble()));
    }

    /// <summary>The demo shop imported through the app's own path, each product with its truth (every one counts as varied).</summary>
    public static async Task<List<SimulatedProduct>> Shop()
    {
        var truth = Load();
        var demo = await BenchShop.LoadAsync(BenchShop.DemoShop);
        var series = await demo.ProductSeriesAsync(CancellationToken.None);
        return series.Where(s => truth.ContainsKey(s.ProductId)).Select(s =>
        {
            var (elasticity, cost, basePrice) = truth[s.ProductId];
            var history = new ProductPriceHistory(s.ProductId, s.Category, s.FirstDay, s.Units, s.AveragePrice, (double?)s.UnitCost) { ListPrice = s.ListPrice };
            return new SimulatedProduct(s.ProductId, elasticity, 1, basePrice, cost, true, history);
        }).ToList();
    }
}
