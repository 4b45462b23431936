using System.Diagnostics;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Recommendations.Bench;

/// <summary>Trains on one data set and prints every candidate's hold-out figures and the chosen model's gain over the baselines.</summary>
internal static class RecommenderBench
{
    public static void Run(string name, IReadOnlyList<PurchaseLine> lines)
    {
        var watch = Stopwatch.StartNew();
        var timer = new PhaseTimer();
        var model = RecommendationTrainer.Train(lines, new RecommendationOptions(), timer);
        watch.Stop();
        Console.WriteLine($"## {name}: {lines.Count:N0} lines, trained in {watch.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"{"model",-12} {"HR@10",7} {"NDCG@10",8} {"coverage",9} {"customers",9}");
        foreach (var e in model.Evaluations)
            Console.WriteLine($"{e.Model,-12} {e.HitRate10,7:0.000} {e.Ndcg10,8:0.0000} {e.Coverage,9:P1} {e.TestCustomers,9}");
        var chosen = model.Evaluations.FirstOrDefault(e => e.Model == model.ChosenModel);
        var baseline = model.Evaluations.Where(e => e.Model is "popularity" or "buy-again" or "ease").MaxBy(e => e.Ndcg10);
        if (chosen is not null && baseline is not null)
            Console.WriteLine($"chosen: {chosen.Model}; NDCG@10 {Change(chosen.Ndcg10, baseline.Ndcg10)} vs best of popularity/buy-again/EASE ({baseline.Model}); HR@10 {Change(chosen.HitRate10, baseline.HitRate10)}");
        Console.WriteLine($"why: {model.WhyChosen}");
        Console.WriteLine($"progress: {timer}");
        var sample = model.ForAll(3).Take(3);
        foreach (var pick in sample) Console.WriteLine($"  {pick.CustomerId} #{pick.Rank} {pick.ProductId} ({pick.Reason})");
        Console.WriteLine();
    }

    private static string Change(double value, double baseline) => $"{Math.Round(100 * (value / baseline - 1), 1):+0.0;-0.0;0.0}%";
}
