using System.Diagnostics;
using System.Text.Json;
using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Bench;

// Recommenders on a 28-day temporal hold-out, each candidate side by side (HR@10, NDCG@10, coverage), the chosen
// model against the best of popularity / buy-again / EASE; frequently-bought-together against the demo shop's planted
// pairs; training time and peak memory on Online Retail (541,909 lines, 4,070 products).
// Usage: dotnet run -c Release --project bench/MerchantInsights.Recommendations.Bench
Console.WriteLine($"{Environment.ProcessorCount} cores");
foreach (var (name, file) in new[] { ("demo shop (simulated)", BenchShop.DemoShop), ("Online Retail (real)", BenchShop.OnlineRetail) })
{
    var data = await BenchShop.LoadAsync(file);
    var lines = (await data.LinesAsync(CancellationToken.None)).Select(l => new PurchaseLine(l.OrderId, l.CustomerId, l.ProductId, l.Day, l.Quantity)).ToList();
    GC.Collect();
    var before = GC.GetTotalMemory(true);
    var clock = Stopwatch.StartNew();
    var model = RecommendationTrainer.Train(lines, new RecommendationOptions());
    var trainSeconds = clock.Elapsed.TotalSeconds;
    clock.Restart();
    var pairs = FrequentlyBoughtTogether.Compute(lines, new TogetherOptions());
    var pairSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"\n{name}: {lines.Count:N0} lines, {lines.Select(l => l.ProductId).Distinct().Count():N0} products; trained in {trainSeconds:0.0} s, pairs in {pairSeconds:0.0} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
    foreach (var e in model.Evaluations)
        Console.WriteLine($"  {e.Model,-40} HR@10 {e.HitRate10:0.000}  NDCG@10 {e.Ndcg10:0.000}  coverage {e.Coverage:P1}  ({e.TestCustomers:N0} test customers)");
    var chosen = model.Evaluations.First(e => e.Model == model.ChosenModel);
    var yardstick = model.Evaluations.Where(e => e.Model is "Popularity" or "Buy again" or "EASE").MaxBy(e => e.Ndcg10)!;
    Console.WriteLine($"  chosen: {model.ChosenModel}; NDCG@10 {(chosen.Ndcg10 / yardstick.Ndcg10 - 1):+0.0%;-0.0%} and HR@10 {(chosen.HitRate10 / yardstick.HitRate10 - 1):+0.0%;-0.0%} vs the best of popularity/buy-again/EASE ({yardstick.Model})");
    Console.WriteLine($"  bought-together pairs: {pairs.Count:N0} (directed) for {pairs.Select(p => p.ProductId).Distinct().Count():N0} products");
    if (file == BenchShop.DemoShop) PlantedPairs(pairs, lines);
}

static void PlantedPairs(IReadOnlyList<TogetherPair> pairs, List<PurchaseLine> lines)
{
    var truthFile = Path.Combine(Path.GetDirectoryName(BenchShop.DemoShop)!, "demo-shop-truth.json");
    using var doc = JsonDocument.Parse(File.ReadAllText(truthFile));
    var planted = doc.RootElement.GetProperty("PlantedPairs").EnumerateArray().Select(p => (A: p.GetProperty("First").GetString()!, B: p.GetProperty("Second").GetString()!)).ToList();
    var first = planted.Count(p => pairs.Any(x => x.ProductId == p.A && x.Rank == 1 && x.OtherProductId == p.B));
    var partnered = planted.SelectMany(p => new[] { p.A, p.B }).ToHashSet();
    var loners = lines.Select(l => l.ProductId).Distinct().Where(p => !partnered.Contains(p)).ToList();
    var spurious = pairs.Count(p => loners.Contains(p.ProductId));
    Console.WriteLine($"  planted pairs with the partner ranked first: {first} of {planted.Count}; spurious partners of the {loners.Count} products without a planted partner: {spurious} ({spurious * 20.0 / loners.Count:0.00} per 20 products)");
}
