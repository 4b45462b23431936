using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Demand;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// Runs the requested training steps on one cleaned view of the sales, two at a time: no step reads another's model, and
/// each keeps at most one core busy for long stretches (feature building, model fitting, saving), so on two cores a second
/// step in parallel nearly halves the run. Steps start in the registry's order (the forecast, the longest, first); the
/// job's progress bar is the average of the steps' own, and the summaries keep that order.
/// </summary>
public sealed class TrainJobHandler(IEnumerable<ITrainingStep> steps, IDemandSource data) : IJobHandler
{
    public const string JobKind = "train";

    /// <summary>How many steps run at once (more would mostly add memory: the steps' inner loops are parallel already).</summary>
    public int ParallelSteps { get; init; } = 2;

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
        var bar = new SharedBar(chosen.Count, progress);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var slots = new SemaphoreSlim(Math.Max(1, ParallelSteps));
        var running = chosen.Select(async (step, i) =>
        {
            await slots.WaitAsync(failed.Token);
            try
            {
                failed.Token.ThrowIfCancellationRequested();
                // Off the caller's thread: a step that computes before its first await must not hold up the next one.
                var summary = await Task.Run(() => step.RunAsync(request, demand, bar.For(i), failed.Token), failed.Token);
                bar.Done(i, summary);
                return summary;
            }
            catch
            {
                await failed.CancelAsync(); // one failed or cancelled step ends the job: the others stop too
                throw;
            }
            finally { slots.Release(); }
        }).ToList();
        try
        {
            var summaries = await Task.WhenAll(running);
            return JsonSerializer.Serialize(summaries.Prepend(demand.Describe()).ToList());
        }
        catch when (running.FirstOrDefault(t => t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException) is { } first)
        {
            // The step that failed, not one of those it stopped.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first.Exception!.InnerException!).Throw();
            throw;
        }
    }

    /// <summary>The job's bar: each step's 0–1 as its share, reported under a lock (steps report from their own threads).</summary>
    private sealed class SharedBar(int count, IProgress<JobProgress> progress)
    {
        private readonly double[] _fractions = new double[count];

        public IProgress<StepProgress> For(int step) => new StepShare(p => Report(step, Math.Clamp(p.Fraction, 0, 1), p.Message));

        public void Done(int step, string summary) => Report(step, 1, summary);

        private void Report(int step, double fraction, string message)
        {
            lock (_fractions)
            {
                _fractions[step] = Math.Max(_fractions[step], fraction);
                progress.Report(new JobProgress(_fractions.Sum() / count, message));
            }
        }
    }

    /// <summary>Passes a step's reports on synchronously (Progress&lt;T&gt; would post them to the thread pool and reorder them).</summary>
    private sealed class StepShare(Action<StepProgress> report) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => report(value);
    }
}
