using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Training;

/// <summary>Starts training the same way from the web app (queued job) and the CLI (inline, with console progress).</summary>
public sealed class TrainingService(JobStore store, JobScheduler scheduler, JobRunner runner)
{
    public Task<JobRecord> QueueAsync(TrainingRequest request, CancellationToken ct) =>
        scheduler.ScheduleAsync(TrainJobHandler.JobKind, Title(request), JsonSerializer.Serialize(request), ct);

    public async Task<JobRecord> TrainNowAsync(TrainingRequest request, IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var job = await store.CreateAsync(TrainJobHandler.JobKind, Title(request), JsonSerializer.Serialize(request), ct);
        return await runner.RunAsync(job.Id, ct, progress) ?? job;
    }

    private static string Title(TrainingRequest request) =>
        request.What.Count == 0 ? "Train forecasts, prices and recommendations" : $"Train {string.Join(", ", request.What)}";
}
