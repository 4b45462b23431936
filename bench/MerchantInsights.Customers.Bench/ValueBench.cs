using System.Diagnostics;
using System.Globalization;
using MerchantInsights.Analytics.Customers;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Storage;
using MerchantInsights.Data.Training;

namespace MerchantInsights.Customers.Bench;

/// <summary>
/// Runs the customer engine on a shop cut 90 days before its last day, and scores its predicted spend against what each
/// customer seen before the cut really spent in the 90 days after it — beside both models and the two baselines
/// (repeat the last 90 days; total spend so far), all measured in the same run on the same customers.
/// </summary>
internal static class ValueBench
{
    public static TrainingData Copy(string database)
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("mi-customers-").FullName, "shop.db");
        File.Copy(database, copy);
        return new TrainingData(new SalesDatabase(copy));
    }

    public static async Task RunAsync(string shop, TrainingData data, string? save, bool timeAll, bool ceiling)
    {
        var lines = CustomerDemand.Lines(await data.CleanDemandAsync(CancellationToken.None));
        if (save is not null) LineCache.Write(save, lines);
        Run(shop, lines, timeAll, ceiling);
    }

    public static void Run(string shop, List<CustomerLine> lines, bool timeAll, bool ceiling)
    {
        var options = new CustomerOptions();
        var last = lines.Max(l => l.Day);
        var cut = last.AddDays(-options.Horizon);
        var before = lines.Where(l => l.Day <= cut).ToList();
        var shopCustomers = lines.Select(l => l.CustomerId).Distinct().Count();
        Console.WriteLine($"\n== {shop}: {lines.Count:N0} customer lines, {shopCustomers:N0} customers, "
            + $"held out {cut.AddDays(1):yyyy-MM-dd}..{last:yyyy-MM-dd}");

        var clock = Stopwatch.StartNew();
        var analysis = CustomerEngine.Analyze(before, cut, options);
        var seconds = clock.Elapsed.TotalSeconds;
        var actual = lines.Where(l => l.Day > cut).GroupBy(l => l.CustomerId)
            .ToDictionary(g => g.Key, g => Math.Max(0, (double)g.Sum(l => l.Spend)));
        var real = analysis.Customers.Select(c => actual.GetValueOrDefault(c.CustomerId)).ToArray();
        var chosen = ValueAccuracy.Measure($"engine's choice ({analysis.ChosenModel})",
            analysis.Customers.Select(c => (double)c.PredictedValue).ToArray(), real);
        var covered = analysis.Customers.Zip(real)
            .Count(p => (double)p.First.ValueLow <= p.Second && p.Second <= (double)p.First.ValueHigh);

        Console.WriteLine($"engine on {before.Count:N0} lines / {analysis.Customers.Count:N0} customers: {seconds:0.0} s");
        Console.WriteLine($"inner hold-out: {analysis.WhyChosen}");
        if (analysis.Purchases is { } p)
            Console.WriteLine(Invariant($"BG/NBD r={p.R:0.###} alpha={p.Alpha:0.##} a={p.A:0.###} b={p.B:0.###} LL={p.LogLikelihood:0.#}"));
        if (analysis.Spend is { } g)
            Console.WriteLine(Invariant($"Gamma-Gamma p={g.P:0.###} q={g.Q:0.###} gamma={g.Gamma:0.##} shop mean={g.PopulationMean:0.##}"));
        Console.WriteLine("the engine's own hold-out (the quarter before the cut), on which it chose:");
        foreach (var a in analysis.Holdout) Print(a, "  ");
        Console.WriteLine("segments: " + string.Join(", ", analysis.Customers.GroupBy(c => c.Segment).OrderBy(s => s.Key)
            .Select(s => $"{s.Key} {s.Count()}")));

        var histories = new CustomerHistories(lines);
        var full = histories.At(last).ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
        var outer = ValueHoldout.Run(histories, full, last, options);
        Console.WriteLine($"\n{"predictor",-48} {"customers",9} {"Spearman",9} {"MAE",9}");
        foreach (var a in outer.Accuracy.Append(chosen)) Print(a, "");
        Console.WriteLine(Invariant($"80% ranges held the real spend for {covered * 100.0 / Math.Max(1, real.Length):0.0}% of customers"));
        Console.WriteLine(Invariant($"mean real next-90-day spend {real.Average():0.0}; targets Spearman >= 0.60, MAE <= 480")
            + " (Online Retail)");
        if (ceiling) Print(FeatureCeiling.Measure(histories, full, last, options), "");
        if (!timeAll) return;
        clock.Restart();
        var all = CustomerEngine.Analyze(lines, last, options);
        Console.WriteLine(Invariant($"engine on all {lines.Count:N0} lines / {all.Customers.Count:N0} customers: ")
            + Invariant($"{clock.Elapsed.TotalSeconds:0.0} s"));
    }

    private static void Print(ValueAccuracy a, string indent) =>
        Console.WriteLine(Invariant($"{indent}{a.Method,-48} {a.Customers,9} {a.Spearman,9:0.000} {a.MeanAbsoluteError,9:0.0}"));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
