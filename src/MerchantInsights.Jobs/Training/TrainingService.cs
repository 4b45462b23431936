using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Training;

/// <summary>Starts training the same way from the web app (queued job) and the CLI (inline, with console progress).</summary>
public sealed class TrainingService(JobStore store, JobScheduler scheduler, JobRunner runner, ModelFeatures features)
{
    public Task<JobRecord> QueueAsync(TrainingRequest request, CancellationToken ct)
        => scheduler.ScheduleTrainingAsync(features, request, ct);

    public async Task<JobRecord> TrainNowAsync(TrainingRequest request, IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var job = await store.CreateAsync(TrainJobHandler.JobKind, features.TrainingTitle(request.What), JsonSerializer.Serialize(request),
            ct);
        return await runner.RunAsync(job.Id, ct, progress) ?? job;
    }
}

/// <summary>Queues training from places that cannot depend on the runner (the import job queues training when it ends).</summary>
public static class TrainingScheduling
{
    public static Task<JobRecord> ScheduleTrainingAsync(this JobScheduler scheduler, ModelFeatures features, TrainingRequest request,
        CancellationToken ct) =>
        scheduler.ScheduleAsync(TrainJobHandler.JobKind, features.TrainingTitle(request.What), JsonSerializer.Serialize(request), ct);
}
