using System.Diagnostics;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Recommendations.Bench;

/// <summary>Wall time and peak memory of a full Train (tuning, evaluation, refit) and of FBT on a large simulated shop.</summary>
internal static class ScaleBench
{
    public static void Run(SimulatedShop shop)
    {
        var lines = shop.Lines;
        var products = lines.Select(l => l.ProductId).Distinct().Count();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var model = RecommendationTrainer.Train(lines, new RecommendationOptions());
        var train = watch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var all = model.ForAll(10);
        var serve = watch.Elapsed - train;
        watch.Restart();
        var pairs = FrequentlyBoughtTogether.Compute(lines, new TogetherOptions());
        var fbt = watch.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"## scale: {lines.Count:N0} lines, {products:N0} products, {Environment.ProcessorCount} cores");
        Console.WriteLine($"Train {train.TotalSeconds:0.0} s wall, {cpu.TotalSeconds:0.0} s CPU (chosen {model.ChosenModel}; machine load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}); ForAll(10) {serve.TotalSeconds:0.0} s for {all.Count:N0} picks; FBT {fbt.TotalSeconds:0.0} s ({pairs.Count:N0} rows)");
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB; allocated {(GC.GetTotalAllocatedBytes() - before) / 1048576.0:N0} MB; GC heap now {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:N0} MB");
        foreach (var e in model.Evaluations)
            Console.WriteLine($"  {e.Model,-12} HR@10 {e.HitRate10:0.000} NDCG@10 {e.Ndcg10:0.0000} coverage {e.Coverage:P1} customers {e.TestCustomers}");
    }
}
