using System.Collections.Concurrent;
using MerchantInsights.Data.Jobs;

namespace MerchantInsights.Jobs.Queue;

/// <summary>
/// Runs one job to its end with its handler: marks it running, writes progress (at most every 300 ms),
/// and records success, failure (with the handler's message) or cancellation. Used by the worker and the CLI.
/// </summary>
public sealed class JobRunner(JobStore store, IEnumerable<IJobHandler> handlers, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    public async Task<JobRecord?> RunAsync(Guid jobId, CancellationToken ct, IProgress<JobProgress>? echo = null)
    {
        var job = await store.FindAsync(jobId, ct);
        if (job is null || job.Status != JobStatus.Queued) return job;
        var handler = handlers.FirstOrDefault(h => h.Kind == job.Kind);
        if (handler is null)
        {
            await store.FinishAsync(jobId, JobStatus.Failed, "Unknown job kind", null, $"No handler for job kind '{job.Kind}'.");
            return await store.FindAsync(jobId, CancellationToken.None);
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _running[jobId] = cts;
        try
        {
            await store.MarkRunningAsync(jobId, ct);
            var progress = new ThrottledProgress(p => store.ReportAsync(jobId, p, CancellationToken.None), echo, clock);
            var result = await handler.RunAsync(job, progress, cts.Token);
            await progress.FlushAsync();
            await store.FinishAsync(jobId, JobStatus.Succeeded, "Done", result, null);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            await store.FinishAsync(jobId, JobStatus.Cancelled, "Cancelled; the unfinished part was discarded and earlier results stay", null, null);
        }
        catch (JobFailedException e)
        {
            await store.FinishAsync(jobId, JobStatus.Failed, "Failed", e.ResultJson, e.Message);
        }
        catch (Exception e)
        {
            await store.FinishAsync(jobId, JobStatus.Failed, "Failed", null, e.Message);
        }
        finally
        {
            _running.TryRemove(jobId, out _);
        }
        return await store.FindAsync(jobId, CancellationToken.None);
    }

    /// <summary>Asks a running job to stop; its handler rolls back whatever it had not committed.</summary>
    public bool Cancel(Guid jobId)
    {
        if (!_running.TryGetValue(jobId, out var cts)) return false;
        cts.Cancel();
        return true;
    }
}
