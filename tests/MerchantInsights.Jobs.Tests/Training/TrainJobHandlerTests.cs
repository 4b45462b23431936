using System.Text.Json;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Tests.Training;

public sealed class TrainJobHandlerTests
{
    private sealed class FakeStep(string name, Action? during = null) : ITrainingStep
    {
        public string Name => name;
        public List<TrainingRequest> Calls { get; } = [];

        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct)
        {
            Calls.Add(request);
            progress.Report(new StepProgress(0.5, $"{name} halfway"));
            during?.Invoke();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult($"{name} done");
        }
    }

    private sealed class NoSales : IDemandSource
    {
        public Task<DemandSnapshot> CleanDemandAsync(CancellationToken ct) => Task.FromResult(DemandSnapshot.Empty);
    }

    /// <summary>One step at a time, so that the order of reports is known.</summary>
    private static TrainJobHandler Handler(params ITrainingStep[] steps) => new(steps, new NoSales()) { ParallelSteps = 1 };

    private sealed class Recorder : IProgress<JobProgress>
    {
        public List<JobProgress> Seen { get; } = [];
        public void Report(JobProgress value) => Seen.Add(value);
    }

    private static JobRecord Job(TrainingRequest request) =>
        new() { Kind = TrainJobHandler.JobKind, PayloadJson = JsonSerializer.Serialize(request) };

    [Fact]
    public async Task All_steps_run_in_order_and_share_the_progress_bar()
    {
        var (a, b) = (new FakeStep("forecast"), new FakeStep("pricing"));
        var progress = new Recorder();

        var result = await Handler(a, b).RunAsync(Job(new TrainingRequest([], 14)), progress, CancellationToken.None);

        Assert.Equal([DemandSnapshot.Empty.Describe(), "forecast done", "pricing done"], JsonSerializer.Deserialize<List<string>>(result!));
        Assert.Equal(14, a.Calls.Single().Horizon);
        Assert.Equal([0, 0.25, 0.5, 0.75, 1.0], progress.Seen.Select(p => p.Fraction));
        Assert.StartsWith("Cleaning the sales", progress.Seen[0].Message);
        Assert.Equal("pricing halfway", progress.Seen[3].Message);
    }

    [Fact]
    public async Task What_chooses_steps_case_insensitively()
    {
        var (a, b) = (new FakeStep("forecast"), new FakeStep("pricing"));
        await Handler(a, b).RunAsync(Job(new TrainingRequest(["Pricing"])), new Recorder(), CancellationToken.None);
        Assert.Empty(a.Calls);
        Assert.Single(b.Calls);
    }

    [Fact]
    public async Task An_unknown_step_fails_the_job_naming_the_choices()
    {
        var e = await Assert.ThrowsAsync<JobFailedException>(() =>
            Handler(new FakeStep("forecast"), new FakeStep("pricing")).RunAsync(Job(new TrainingRequest(["weather"])), new Recorder(), CancellationToken.None));
        Assert.Equal("Unknown training step 'weather'. Choose from: forecast, pricing.", e.Message);
    }

    [Fact]
    public async Task Cancelling_stops_before_the_next_step()
    {
        using var cts = new CancellationTokenSource();
        var later = new FakeStep("pricing");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Handler(new FakeStep("forecast", cts.Cancel), later).RunAsync(Job(TrainingRequest.Everything), new Recorder(), cts.Token));
        Assert.Empty(later.Calls);
    }

    [Fact]
    public async Task Two_steps_run_at_the_same_time()
    {
        // Each step waits for the other inside its run: both finish only when they run together.
        using var both = new Barrier(2);
        void Meet() => Assert.True(both.SignalAndWait(TimeSpan.FromSeconds(10)), "the other step never ran alongside");
        var (a, b) = (new FakeStep("forecast", Meet), new FakeStep("pricing", Meet));
        var progress = new Recorder();

        var result = await new TrainJobHandler([a, b], new NoSales()).RunAsync(Job(TrainingRequest.Everything), progress, CancellationToken.None);

        Assert.Equal([DemandSnapshot.Empty.Describe(), "forecast done", "pricing done"], JsonSerializer.Deserialize<List<string>>(result!));
        Assert.Equal(1.0, progress.Seen[^1].Fraction);
        Assert.Equal(progress.Seen.Select(p => p.Fraction).Order(), progress.Seen.Select(p => p.Fraction)); // the bar never goes back
    }

    private sealed class FailingStep(string name, string message) : ITrainingStep
    {
        public string Name => name;
        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct) =>
            throw new JobFailedException(message);
    }

    private sealed class WaitingStep(string name) : ITrainingStep
    {
        public string Name => name;
        public bool Stopped { get; private set; }

        public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct)
        {
            try { await Task.Delay(TimeSpan.FromSeconds(30), ct); }
            catch (OperationCanceledException) { Stopped = true; throw; }
            return $"{name} done";
        }
    }

    [Fact]
    public async Task A_failing_step_fails_the_job_with_its_own_message_and_stops_the_one_beside_it()
    {
        var waiting = new WaitingStep("forecast");
        var later = new FakeStep("alerts");

        var e = await Assert.ThrowsAsync<JobFailedException>(() => new TrainJobHandler([waiting, new FailingStep("pricing", "No prices."), later], new NoSales())
            .RunAsync(Job(TrainingRequest.Everything), new Recorder(), CancellationToken.None));

        Assert.Equal("No prices.", e.Message);
        Assert.True(waiting.Stopped);
        Assert.Empty(later.Calls);
    }
}
