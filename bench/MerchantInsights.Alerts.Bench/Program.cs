using System.Diagnostics;
using MerchantInsights.Alerts.Bench;
using MerchantInsights.Analytics.Alerts;

// Alert rules against Microsoft.ML's randomized PCA on simulated shops with planted anomalies (precision/recall per kind,
// false flags per 100 product-months outside the shop-wide peaks), then the rules on Online Retail (count per kind,
// flags per day, the top flags). Usage: dotnet run -c Release --project bench/MerchantInsights.Alerts.Bench [-- online-retail DB]
if (args.FirstOrDefault() == "online-retail")
{
    await OnlineRetailCheck.RunAsync(args.ElementAtOrDefault(1) ?? "/tmp/or/final/shop.db");
    return;
}
var options = new AlertOptions();
foreach (var (products, seed) in new[] { (150, 1), (150, 2), (400, 3) }.Take(args.Contains("quick") ? 1 : 3))
{
    var shop = AnomalyShop.Simulate(products, seed);
    var input = ShopInput.From(shop);
    var timer = Stopwatch.StartNew();
    var scan = AlertScanner.Scan(input.Products, input.OneOffs, input.Lines, options);
    var rulesTime = timer.Elapsed.TotalSeconds;
    Console.WriteLine($"\nShop {seed}: {products} products, {shop.Days} days, {shop.Lines.Count:N0} lines, {shop.Planted.Count} planted");
    Console.WriteLine($"  rules ({rulesTime:0.0} s): {Scorecard.Score(shop, scan.Alerts, Enum.GetValues<AlertKind>())}");
    Console.WriteLine($"    explained, not flagged: {scan.Explained.Count(e => e.Reason.Contains("promotion"))} promotion days, {scan.Explained.Count(e => e.Reason.Contains("shop-wide"))} shop-wide peak days");
    if (Environment.GetEnvironmentVariable("ALERTS_DEBUG") is not null) Missed(shop, input, scan);
    var daily = scan.Alerts.Where(a => a.Kind is AlertKind.Spike or AlertKind.Drop).ToList();
    var flaggedDays = daily.Sum(a => a.To.DayNumber - a.From.DayNumber + 1);
    foreach (var (label, absolute) in new[] { ("ML.NET score (relative residual)", false), ("absolute residual", true) })
    {
        timer.Restart();
        var pca = new PcaDetector(seed, absolute);
        var sameCount = pca.Flag(input, flaggedDays);
        Console.WriteLine($"  randomized PCA, {label}, as many flagged days as the rules ({flaggedDays}; {timer.Elapsed.TotalSeconds:0.0} s): {Scorecard.Score(shop, sameCount, [AlertKind.Spike, AlertKind.Drop])}");
        var best = pca.BestF1(shop, input);
        Console.WriteLine($"  randomized PCA, {label}, best threshold in hindsight ({best.Count} flags): {Scorecard.Score(shop, best, [AlertKind.Spike, AlertKind.Drop])}");
    }
}

// ALERTS_DEBUG=1: the planted drops the rules missed, with the product's usual units around them.
static void Missed(SimulatedShop shop, ShopInput input, AlertScan scan)
{
    foreach (var a in scan.Alerts.Where(a => !shop.Planted.Any(p => p.Matches(a))).Take(25)) Console.WriteLine($"    false {a.Kind} {a.ProductId}: {a.Reason}");
    foreach (var p in shop.Planted.Where(p => p.Kind is AlertKind.Drop or AlertKind.Spike && !scan.Alerts.Any(p.Matches)))
    {
        var units = input.Products.First(x => x.ProductId == p.ProductId).Units;
        var (a, b) = (p.From.DayNumber - shop.First.DayNumber, p.To.DayNumber - shop.First.DayNumber);
        var before = units[Math.Max(0, a - 28)..a].Average();
        Console.WriteLine($"    missed {p.Kind} {(p.Outage ? "outage" : "")} {p.ProductId} {p.From}–{p.To} ({b - a + 1} d): sold {units[a..(b + 1)].Sum()} ; usual {before:0.0}/day; near: {string.Join(",", scan.Alerts.Where(x => x.ProductId == p.ProductId && Math.Abs(x.From.DayNumber - p.From.DayNumber) < 40).Select(x => $"{x.Kind} {x.From}–{x.To}"))}");
    }
}
