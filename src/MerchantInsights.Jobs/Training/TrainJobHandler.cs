using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Demand;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Training;

/// <summary>Runs the requested training steps one after another, splitting the job's progress bar between them.</summary>
public sealed class TrainJobHandler(IEnumerable<ITrainingStep> steps, IDemandSource data) : IJobHandler
{
    public const string JobKind = "train";

    public string Kind => JobKind;

    public static IReadOnlyList<string> StepNames(IEnumerable<ITrainingStep> steps) => steps.Select(s => s.Name).ToList();

    public async Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<TrainingRequest>(job.PayloadJson) ?? TrainingRequest.Everything;
        var unknown = request.What.Where(w => steps.All(s => !s.Name.Equals(w, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            throw new JobFailedException($"Unknown training step '{unknown[0]}'. Choose from: {string.Join(", ", StepNames(steps))}.");
        var chosen = steps.Where(s => request.Includes(s.Name)).ToList();
        progress.Report(new JobProgress(0, "Cleaning the sales: cancellations, service lines, free lines, one-off orders"));
        var demand = await data.CleanDemandAsync(ct);
        var summaries = new List<string> { demand.Describe() };
        for (var i = 0; i < chosen.Count; i++)
        {
            var (index, count) = (i, chosen.Count);
            var stepProgress = new StepShare(p => progress.Report(new JobProgress((index + Math.Clamp(p.Fraction, 0, 1)) / count,
                p.Message)));
            var summary = await chosen[i].RunAsync(request, demand, stepProgress, ct);
            summaries.Add(summary);
            progress.Report(new JobProgress((double)(i + 1) / count, summary));
        }
        return JsonSerializer.Serialize(summaries);
    }

    /// <summary>Maps a step's 0–1 onto its share of the job, on the reporting thread (Progress&lt;T&gt; would reorder reports).</summary>
    private sealed class StepShare(Action<StepProgress> report) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => report(value);
    }
}
