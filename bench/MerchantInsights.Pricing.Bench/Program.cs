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
if (args.Contains("diagnose"))
{
    using var file = new StreamWriter(args.SkipWhile(a => a != "diagnose").Skip(1).FirstOrDefault() ?? "/tmp/pricing-diagnosis.csv");
    file.WriteLine(Diagnosis.Header);
    Diagnosis.Write(file, "pricing", PricingShop.Simulate(200, 1), new PricingOptions());
    Diagnosis.Write(file, "choice1", ChoiceShop.Simulate(180, 11), new PricingOptions());
    Diagnosis.Write(file, "choice2", ChoiceShop.Simulate(180, 12), new PricingOptions());
    Diagnosis.Write(file, "demo", await DemoTruth.Shop(), new PricingOptions());
    return;
}
var after = new PricingOptions();
var before = after with { UseShopIndex = false, SeparatePromotions = false, ExcludePromotionDips = false, RangeCalibration = 1.0, UnsoldDayPrices = false, PromotionEpisodes = false };
Console.WriteLine($"{Environment.ProcessorCount} cores");
var shops = new List<(string Name, Func<List<SimulatedProduct>> Make)>
{
    ("PricingShop A (200 products)", () => PricingShop.Simulate(200, 1)),
    ("PricingShop B (200 products)", () => PricingShop.Simulate(200, 2)),
    ("PricingShop C (1,000 products)", () => PricingShop.Simulate(1000, 3)),
    ("ChoiceShop 1 (visitor-level choice, 180 products)", () => ChoiceShop.Simulate(180, 11)),
    ("ChoiceShop 2 (visitor-level choice, 180 products)", () => ChoiceShop.Simulate(180, 12)),
    ("demo shop (real import, demo-shop-truth.json)", () => DemoTruth.Shop().GetAwaiter().GetResult()),
    ("young garden shop (written from a description, 9 months; real import)", () => DemoTruth.Garden().GetAwaiter().GetResult()),
};
var only = args.FirstOrDefault(a => a.StartsWith("only="))?[5..];
foreach (var (name, make) in shops.Where(s => only is null || s.Name.StartsWith(only, StringComparison.OrdinalIgnoreCase)))
{
    var shop = make();
    Console.WriteLine($"\n{name}:");
    Console.WriteLine($"  {InformationFloor.Describe(shop)}");
    var today = after with { UnsoldDayPrices = false, PromotionEpisodes = false, ExcludePromotionDips = true };
    var variants = args.Contains("ablation")
        ? new[] { ("before", before), ("today ", today), ("+unsold", today with { UnsoldDayPrices = true, ExcludePromotionDips = false }), ("+episodes", today with { PromotionEpisodes = true }), ("after ", after),
            ("after, no index", after with { UseShopIndex = false }) }
        : new[] { ("before", before), ("today ", today), ("after ", after) };
    foreach (var (label, options) in variants)
        Console.WriteLine($"  {label} {Scorecard.Measure(shop, options, listPrice: !ReferenceEquals(options, before))}");
    if (args.Contains("ablation")) Console.WriteLine($"  after, average price {Scorecard.Measure(shop, after, listPrice: false)}");
}

var curve = new DemandCurve(20, 5, -1.8, -2.1, -1.5, 8, false, 16, 22, 0.1);
var timer = Stopwatch.StartNew();
var sink = 0.0;
for (var i = 0; i < 1_000_000; i++) sink += curve.At(15 + i % 100 * 0.1).Profit!.Value;
Console.WriteLine($"\nwhat-if (DemandCurve.At): {timer.Elapsed.TotalMilliseconds:0} ns per call (1,000,000 calls in {timer.Elapsed.TotalMilliseconds:0} ms; checksum {sink:E1})");
