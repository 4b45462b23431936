using System.Diagnostics;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Recommendations.Bench;

/// <summary>Frequently-bought-together check on a simulated shop: planted pairs ranked first, spurious pairs on partner-less products.</summary>
internal static class TogetherBench
{
    public static void Run(SimulatedShop shop)
    {
        var pairs = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions());
        var first = pairs.Where(p => p.Rank == 1).ToDictionary(p => p.ProductId, p => p.OtherProductId);
        var found = shop.PlantedPairs.Count(p => first.GetValueOrDefault(p.A) == p.B);
        var partnerless = shop.PartnerlessProducts.ToHashSet();
        var spurious = pairs.Count(p => partnerless.Contains(p.ProductId));
        var per20 = 20.0 * spurious / Math.Max(1, partnerless.Count);
        Console.WriteLine($"FBT {shop.Spec.Name}: planted pairs ranked first {found}/{shop.PlantedPairs.Count} ({(double)found / Math.Max(1, shop.PlantedPairs.Count):P0}); " +
            $"spurious pairs per 20 partner-less products {per20:0.00} ({spurious} over {partnerless.Count}); {pairs.Count} rows");
        var example = pairs.FirstOrDefault(p => first.ContainsKey(p.ProductId) && shop.PlantedPairs.Any(q => q.A == p.ProductId));
        if (example is not null) Console.WriteLine($"  e.g. {example.ProductId} → {example.OtherProductId}: {example.Evidence} (p = {example.PValue:G2})");
    }

    /// <summary>On real data there is no ground truth: print how many products get partners, the time, and the strongest pairs.</summary>
    public static void RunReal(string name, IReadOnlyList<PurchaseLine> lines)
    {
        foreach (var window in new[] { 0, 7 })
        {
            var watch = Stopwatch.StartNew();
            var pairs = FrequentlyBoughtTogether.Compute(lines, new TogetherOptions { CustomerWindowDays = window });
            var products = lines.Select(l => l.ProductId).Distinct().Count();
            Console.WriteLine($"FBT {name} (window {window} days): {pairs.Count:N0} rows, {pairs.Select(p => p.ProductId).Distinct().Count():N0} of {products:N0} products have partners, {watch.Elapsed.TotalSeconds:0.0} s");
            foreach (var p in pairs.Where(p => p.Rank == 1).OrderByDescending(p => p.SupportOrders).Take(3))
                Console.WriteLine($"  {p.ProductId} → {p.OtherProductId}: {p.Evidence} (confidence {p.Confidence:P0}, p = {p.PValue:G2})");
        }
    }
}
