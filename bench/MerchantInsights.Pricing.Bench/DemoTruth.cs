using System.Text.Json;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>
/// A simulated shop's true elasticities and costs from its truth file, on its real import: the demo shop
/// (wwwroot-assets/demo-shop-truth.json) or the ShopSimulator's young garden shop, written from a description.
/// </summary>
public static class DemoTruth
{
    public static Dictionary<string, (double Elasticity, double Cost, double BasePrice)> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("Products").EnumerateArray().ToDictionary(p => p.GetProperty("Id").GetString()!,
            p => (p.GetProperty("Elasticity").GetDouble(), p.GetProperty("Cost").ValueKind == JsonValueKind.Number ? p.GetProperty("Cost").GetDouble() : 0.6 * p.GetProperty("BasePrice").GetDouble(), p.GetProperty("BasePrice").GetDouble()));
    }

    /// <summary>The demo shop imported through the app's own path, each product with its truth (every one counts as varied).</summary>
    public static Task<List<SimulatedProduct>> Shop() =>
        Shop(BenchShop.DemoShop, Path.Combine(Path.GetDirectoryName(BenchShop.DemoShop)!, "demo-shop-truth.json"));

    /// <summary>The young garden shop (nine months, sitewide spring sales, business orders), with its truth.</summary>
    public static Task<List<SimulatedProduct>> Garden(int seed = 0) => Simulated("young-garden", seed);

    /// <summary>A ShopSimulator shop (young-garden, shopify-messy, marketplace-messy; <paramref name="seed"/> 0 is the one the other
    /// benchmarks use) imported through the app's own path, each product with its truth.</summary>
    public static Task<List<SimulatedProduct>> Simulated(string mode, int seed = 0)
    {
        var csv = BenchShop.Simulated(mode, seed);
        return Shop(csv, csv + ".truth.json");
    }

    private static async Task<List<SimulatedProduct>> Shop(string csv, string truthPath)
    {
        var truth = Load(truthPath);
        var demo = await BenchShop.LoadAsync(csv);
        var series = await demo.ProductSeriesAsync(CancellationToken.None);
        return series.Where(s => truth.ContainsKey(s.ProductId)).Select(s =>
        {
            var (elasticity, cost, basePrice) = truth[s.ProductId];
            var history = new ProductPriceHistory(s.ProductId, s.Category, s.FirstDay, s.Units, s.AveragePrice, (double?)s.UnitCost) { ListPrice = s.ListPrice };
            return new SimulatedProduct(s.ProductId, elasticity, 1, basePrice, cost, true, history);
        }).ToList();
    }
}
