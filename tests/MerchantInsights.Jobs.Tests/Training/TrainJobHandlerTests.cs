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

    private static TrainJobHandler Handler(params ITrainingStep[] steps) => new(steps, new NoSales());

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
}
