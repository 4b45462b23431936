using System.Text.Json;

namespace MerchantInsights.Bench;

/// <summary>The demo shop's true elasticities from wwwroot-assets/demo-shop-truth.json.</summary>
public static class DemoTruth
{
    public static Dictionary<string, double> Load()
    {
        var path = Path.Combine(Path.GetDirectoryName(BenchShop.DemoShop)!, "demo-shop-truth.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("Products").EnumerateArray()
            .ToDictionary(p => p.GetProperty("Id").GetString()!, p => p.GetProperty("Elasticity").GetDouble());
    }
}
