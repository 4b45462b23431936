using System.Diagnostics;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Bench;

// Pricing engine on shops with known elasticities, each scored with the engine as it was (no shop index, promotions
// as plain price changes, uncalibrated ranges) and as it is: elasticity error, 80% interval coverage of the truth,
// profit of the suggested price against the true optimum inside the same guardrails, training time; what-if time.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Pricing.Bench [-- online-retail | retail-price | diagnose FILE | only=NAME | ablation | draws]
if (args.Contains("online-retail"))
{
    await OnlineRetailReport.RunAsync();
    return;
}
if (args.Contains("retail-price"))
{
    RetailPriceCheck.Run();
    return;
}
if (args.Contains("diagnose"))
{
    using var file = new StreamWriter(args.SkipWhile(a => a != "diagnose").Skip(1).FirstOrDefault() ?? "/tmp/pricing-diagnosis.csv");
    file.WriteLine(Diagnosis.Header);
    Diagnosis.Write(file, "pricing", PricingShop.Simulate(200, 1), new PricingOptions());
    Diagnosis.Write(file, "pricingC", PricingShop.Simulate(1000, 3), new PricingOptions());
    Diagnosis.Write(file, "choice1", ChoiceShop.Simulate(180, 11), new PricingOptions());
    Diagnosis.Write(file, "choice2", ChoiceShop.Simulate(180, 12), new PricingOptions());
    Diagnosis.Write(file, "demo", await DemoTruth.Shop(), new PricingOptions());
    Diagnosis.Write(file, "garden", await DemoTruth.Garden(), new PricingOptions());
    Diagnosis.Write(file, "shopify", await DemoTruth.Simulated("shopify-messy"), new PricingOptions());
    Diagnosis.Write(file, "marketplace", await DemoTruth.Simulated("marketplace-messy"), new PricingOptions());
    return;
}
var after = new PricingOptions();
var before = after with { UseShopIndex = false, SeparatePromotions = false, ExcludePromotionDips = false, UnsoldDayPrices = false, PromotionEpisodes = false, LeaveOutUnavailableDays = false, PoolCategoriesTowardShop = false, CategorySeasons = false, DemandFallsWithPrice = false };
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
    ("Shopify homeware shop (order-level picks, messy export; real import)", () => DemoTruth.Simulated("shopify-messy").GetAwaiter().GetResult()),
    ("marketplace tea shop (order-level picks, messy export; real import)", () => DemoTruth.Simulated("marketplace-messy").GetAwaiter().GetResult()),
};
if (args.Contains("draws"))
    // Other draws of the shops written from descriptions: the same design with other random numbers.
    foreach (var seed in new[] { 1, 2, 3, 4 })
    {
        shops.Add(($"young garden shop, draw {seed}", () => DemoTruth.Garden(seed).GetAwaiter().GetResult()));
        shops.Add(($"Shopify homeware shop, draw {seed}", () => DemoTruth.Simulated("shopify-messy", seed).GetAwaiter().GetResult()));
        shops.Add(($"marketplace tea shop, draw {seed}", () => DemoTruth.Simulated("marketplace-messy", seed).GetAwaiter().GetResult()));
    }
var only = args.FirstOrDefault(a => a.StartsWith("only="))?[5..];
var summary = new List<(string Shop, double Floor, double LastingFloor, Scorecard Card)>();
foreach (var (name, make) in shops.Where(s => only is null || s.Name.StartsWith(only, StringComparison.OrdinalIgnoreCase)))
{
    var shop = make();
    Console.WriteLine($"\n{name}:");
    Console.WriteLine($"  {InformationFloor.Describe(shop)}");
    var today = after with { UnsoldDayPrices = false, PromotionEpisodes = false, ExcludePromotionDips = true, LeaveOutUnavailableDays = false, PoolCategoriesTowardShop = false, CategorySeasons = false, DemandFallsWithPrice = false };
    var variants = args.Contains("ablation")
        ? new[] { ("before", before), ("today ", today), ("+unsold", today with { UnsoldDayPrices = true, ExcludePromotionDips = false }), ("+episodes", today with { PromotionEpisodes = true }), ("after ", after),
            ("after, no index", after with { UseShopIndex = false }), ("after, unavailable days kept", after with { LeaveOutUnavailableDays = false }), ("after, categories not pooled", after with { PoolCategoriesTowardShop = false }),
            ("after, no category seasons", after with { CategorySeasons = false }),
            ("after, any sign", after with { DemandFallsWithPrice = false }) }
        : new[] { ("before", before), ("today ", today), ("last stop", after with { PoolCategoriesTowardShop = false, CategorySeasons = false, DemandFallsWithPrice = false }),
            ("any sign", after with { DemandFallsWithPrice = false }), ("after ", after) };
    foreach (var (label, options) in variants)
    {
        var card = Scorecard.Measure(shop, options, listPrice: !ReferenceEquals(options, before));
        Console.WriteLine($"  {label} {card}");
        if (ReferenceEquals(options, after)) summary.Add((name, InformationFloor.Of(shop).Mae, InformationFloor.Of(shop, lastingOnly: true).Mae, card));
    }
    if (args.Contains("ablation")) Console.WriteLine($"  after, average price {Scorecard.Measure(shop, after, listPrice: false)}");
}

// The targets (issue 12: MAE ≤ 0.20, 80% range covering 78–85%, profit ≥ 97%) beside the information floor: the MAE no
// estimator is expected to beat on that shop (InformationFloor: with every promotion day teaching the lasting response, and
// with short discounts teaching nothing about it), so a shop whose floor is above 0.20 cannot meet the target.
Console.WriteLine("\n| shop | information floor | if discounts teach nothing | MAE (target ≤ 0.20) | 80% range covers (78–85%) | profit of the suggestion (≥ 97%) |");
foreach (var (shopName, floor, lasting, card) in summary)
    Console.WriteLine($"| {shopName.Split(" (")[0]} | {floor:0.000} | {lasting:0.000} | {card.Mae:0.000} | {card.Coverage:P1} | {card.Profit:P1} |");

var curve = new DemandCurve(20, 5, -1.8, -2.1, -1.5, 8, false, 16, 22, 0.1);
var timer = Stopwatch.StartNew();
var sink = 0.0;
for (var i = 0; i < 1_000_000; i++) sink += curve.At(15 + i % 100 * 0.1).Profit!.Value;
Console.WriteLine($"\nwhat-if (DemandCurve.At): {timer.Elapsed.TotalMilliseconds:0} ns per call (1,000,000 calls in {timer.Elapsed.TotalMilliseconds:0} ms; checksum {sink:E1})");
