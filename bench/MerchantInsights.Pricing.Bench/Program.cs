using System.Diagnostics;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Bench;

// Pricing engine on shops with known elasticities, each scored with the engine as it was (no shop index, promotions
// as plain price changes, uncalibrated ranges) and as it is: elasticity error, 80% interval coverage of the truth,
// profit of the suggested price against the true optimum inside the same guardrails, training time; what-if time.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Pricing.Bench [-- online-retail]
if (args.Contains("online-retail"))
{
    await OnlineRetailReport.RunAsync();
    return;
}
var after = new PricingOptions();
var before = after with { UseShopIndex = false, SeparatePromotions = false, ExcludePromotionDips = false, RangeCalibration = 1.0 };
Console.WriteLine($"{Environment.ProcessorCount} cores");
var shops = new List<(string Name, Func<List<SimulatedProduct>> Make)>
{
    ("PricingShop A (200 products)", () => PricingShop.Simulate(200, 1)),
    ("PricingShop B (200 products)", () => PricingShop.Simulate(200, 2)),
    ("PricingShop C (1,000 products)", () => PricingShop.Simulate(1000, 3)),
    ("ChoiceShop 1 (visitor-level choice, 180 products)", () => ChoiceShop.Simulate(180, 11)),
    ("ChoiceShop 2 (visitor-level choice, 180 products)", () => ChoiceShop.Simulate(180, 12)),
    ("demo shop (real import, demo-shop-truth.json)", () => DemoTruth.Shop().GetAwaiter().GetResult()),
};
foreach (var (name, make) in shops.Where(s => !args.Contains("choice") || s.Name.StartsWith("Choice")))
{
    var shop = make();
    Console.WriteLine($"\n{name}:");
    var variants = args.Contains("ablation")
        ? new[] { ("before", before), ("+index", before with { UseShopIndex = true }), ("+dips ", before with { ExcludePromotionDips = true }), ("+dips+index", before with { ExcludePromotionDips = true, UseShopIndex = true }), ("+dips+term", before with { ExcludePromotionDips = true, SeparatePromotions = true }), ("after ", after) }
        : new[] { ("before", before), ("after ", after) };
    foreach (var (label, options) in variants)
        Console.WriteLine($"  {label} {Scorecard.Measure(shop, options, listPrice: !ReferenceEquals(options, before))}");
}

var curve = new DemandCurve(20, 5, -1.8, -2.1, -1.5, 8, false, 16, 22, 0.1);
var timer = Stopwatch.StartNew();
var sink = 0.0;
for (var i = 0; i < 1_000_000; i++) sink += curve.At(15 + i % 100 * 0.1).Profit!.Value;
Console.WriteLine($"\nwhat-if (DemandCurve.At): {timer.Elapsed.TotalMilliseconds:0} ns per call (1,000,000 calls in {timer.Elapsed.TotalMilliseconds:0} ms; checksum {sink:E1})");
