using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Training;

/// <summary>Starts training the same way from the web app (queued job) and the CLI (inline, with console progress).</summary>
public sealed class TrainingService(JobStore store, JobScheduler scheduler, JobRunner runner)
{
    public Task<JobRecord> QueueAsync(TrainingRequest request, CancellationToken ct) => scheduler.ScheduleTrainingAsync(request, ct);

    public async Task<JobRecord> TrainNowAsync(TrainingRequest request, IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var job = await store.CreateAsync(TrainJobHandler.JobKind, Title(request), JsonSerializer.Serialize(request), ct);
        return await runner.RunAsync(job.Id, ct, progress) ?? job;
    }

    internal static string Title(TrainingRequest request) =>
        request.What.Count == 0 ? "Train forecasts, prices and recommendations" : $"Train {string.Join(", ", request.What)}";
}

/// <summary>Queues training from places that cannot depend on the runner (the import job queues training when it ends).</summary>
public static class TrainingScheduling
{
    public static Task<JobRecord> ScheduleTrainingAsync(this JobScheduler scheduler, TrainingRequest request, CancellationToken ct) =>
        scheduler.ScheduleAsync(TrainJobHandler.JobKind, TrainingService.Title(request), JsonSerializer.Serialize(request), ct);
}
