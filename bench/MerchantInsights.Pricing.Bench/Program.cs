using System.Diagnostics;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Bench;

// Pricing engine on simulated shops with known elasticities: elasticity error (pooled engine vs an unpooled log-log
// regression), 80% interval coverage of the truth, profit of the suggested price against the true optimum inside the
// same guardrails, training time for 1,000 products, what-if time; then the real demo shop as a sanity report.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Pricing.Bench
var options = new PricingOptions();
Console.WriteLine($"{Environment.ProcessorCount} cores");
foreach (var (name, count, seed) in new[] { ("simulated shop A (200 products)", 200, 1), ("simulated shop B (200 products)", 200, 2), ("simulated shop C (1,000 products)", 1000, 3) })
{
    var shop = PricingShop.Simulate(count, seed);
    var clock = Stopwatch.StartNew();
    var result = PricingEngine.Train(shop.Select(s => s.History).ToList(), options).ToDictionary(r => r.ProductId);
    var seconds = clock.Elapsed.TotalSeconds;
    var varied = shop.Where(s => s.Varied).ToList();
    double Mae(Func<SimulatedProduct, double> estimate) => varied.Average(s => Math.Abs(estimate(s) - s.Elasticity));
    var covered = varied.Count(s => result[s.Id].Elasticity.Low80 <= s.Elasticity && s.Elasticity <= result[s.Id].Elasticity.High80) / (double)varied.Count;
    var coveredFixed = shop.Where(s => !s.Varied).Count(s => result[s.Id].Elasticity.Low80 <= s.Elasticity && s.Elasticity <= result[s.Id].Elasticity.High80) / (double)shop.Count(s => !s.Varied);
    var profitShare = shop.Select(s => s.ProfitShare(result[s.Id].Suggestion.SuggestedPrice, result[s.Id].Curve, options)).ToList();
    var verdicts = result.Values.GroupBy(r => r.Elasticity.Verdict.Split(' ')[0]).ToDictionary(g => g.Key, g => g.Count());
    Console.WriteLine($"\n{name}: trained in {seconds:0.00} s; verdicts {string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}"))}");
    Console.WriteLine($"  elasticity MAE over {varied.Count} products with price variation: engine {Mae(s => result[s.Id].Elasticity.Elasticity):0.000}, unpooled log-log OLS {Mae(s => s.LogLogOls()):0.000}");
    Console.WriteLine($"  80% interval covers the truth: {covered:P1} (varied), {coveredFixed:P1} (fixed-price products, category value)");
    Console.WriteLine($"  suggested price earns {profitShare.Average():P1} of the true optimum's profit (median {profitShare.Order().ElementAt(profitShare.Count / 2):P1}, worst {profitShare.Min():P1})");
}

var curve = new DemandCurve(20, 5, -1.8, -2.1, -1.5, 8, false, 16, 22, 0.1);
var timer = Stopwatch.StartNew();
var sink = 0.0;
for (var i = 0; i < 1_000_000; i++) sink += curve.At(15 + i % 100 * 0.1).Profit!.Value;
Console.WriteLine($"\nwhat-if (DemandCurve.At): {timer.Elapsed.TotalMilliseconds:0} ns per call (1,000,000 calls in {timer.Elapsed.TotalMilliseconds:0} ms; checksum {sink:E1})");

var demo = await BenchShop.LoadAsync(BenchShop.DemoShop);
var series = await demo.ProductSeriesAsync(CancellationToken.None);
var demoResult = PricingEngine.Train(series.Select(s => new ProductPriceHistory(s.ProductId, s.Category, s.FirstDay, s.Units, s.AveragePrice, (double?)s.UnitCost)).ToList(), options);
var truth = DemoTruth.Load();
var matched = demoResult.Where(r => truth.ContainsKey(r.ProductId)).ToList();
Console.WriteLine($"\ndemo shop ({matched.Count} products, real import, truth from demo-shop-truth.json):");
Console.WriteLine($"  elasticity MAE {matched.Average(r => Math.Abs(r.Elasticity.Elasticity - truth[r.ProductId])):0.000}; 80% coverage {matched.Count(r => r.Elasticity.Low80 <= truth[r.ProductId] && truth[r.ProductId] <= r.Elasticity.High80) / (double)matched.Count:P1}");
Console.WriteLine("  verdicts: " + string.Join(", ", demoResult.GroupBy(r => r.Elasticity.Verdict.Split(' ')[0]).Select(g => $"{g.Key} {g.Count()}")));
