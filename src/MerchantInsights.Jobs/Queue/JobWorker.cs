using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MerchantInsights.Jobs.Queue;

/// <summary>
/// The web app's background worker: after a restart it settles interrupted jobs and re-runs queued ones, then runs
/// jobs one at a time. A job's failure is the job's: the worker logs it and goes on (an exception leaving
/// ExecuteAsync would stop the whole host).
/// </summary>
public sealed class JobWorker(JobQueue queue, JobRunner runner, Import.UploadCleaner uploads, ILogger<JobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var id in await runner.RecoverAfterRestartAsync(stoppingToken))
                await queue.EnqueueAsync(id, stoppingToken);
            await CleanUploadsAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not settle the jobs of the previous run; they stay as they were");
        }
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                var job = await runner.RunAsync(id, stoppingToken);
                logger.LogInformation("Job {Kind} {Id} finished: {Status} {Error}", job?.Kind, id, job?.Status, job?.Error);
                await CleanUploadsAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Job {Id} failed outside its handler; the worker goes on", id);
            }
        }
    }

    private async Task CleanUploadsAsync(CancellationToken ct)
    {
        var deleted = await uploads.CleanAsync(ct);
        if (deleted.Count > 0) logger.LogInformation("Deleted {Count} uploads no import needs: {Files}", deleted.Count,
            string.Join(", ", deleted));
    }
}
