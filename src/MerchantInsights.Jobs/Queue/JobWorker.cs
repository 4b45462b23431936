using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MerchantInsights.Jobs.Queue;

/// <summary>The web app's background worker: after a restart it fails interrupted jobs and re-runs queued ones, then runs jobs one at a time.</summary>
public sealed class JobWorker(JobQueue queue, JobStore store, JobRunner runner, ILogger<JobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var id in await store.RecoverAfterRestartAsync(stoppingToken))
            await queue.EnqueueAsync(id, stoppingToken);
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            var job = await runner.RunAsync(id, stoppingToken);
            logger.LogInformation("Job {Kind} {Id} finished: {Status} {Error}", job?.Kind, id, job?.Status, job?.Error);
        }
    }
}
