using System.Collections.Concurrent;
using MerchantInsights.Data.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MerchantInsights.Jobs.Queue;

/// <summary>
/// Runs one job to its end with its handler: marks it running, writes progress (at most every 300 ms),
/// and records success, failure (with the handler's message) or cancellation. Used by the worker and the CLI.
/// Nothing a job does escapes as an exception: a failure is recorded on the job (or logged when even that write
/// fails), and once the handler has returned its work is committed, so it is never reported as failed.
/// </summary>
public sealed class JobRunner(JobStore store, IEnumerable<IJobHandler> handlers, TimeProvider clock, ILogger<JobRunner>? logger = null)
{
    /// <summary>Shown for a failure the user cannot act on; the exception itself goes to the log, never to a page.</summary>
    public const string UnexpectedFailure =
        "The job stopped on an unexpected error; nothing it was doing was kept. Try again; the details are in the app's log.";
    public const string DatabaseBusy =
        "The database was busy with another program (another MerchantInsights window or a command-line import or training) " +
        "for too long; nothing this job was doing was kept. Try again when the other one has finished.";

    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();
    private readonly ILogger _log = logger ?? NullLogger<JobRunner>.Instance;

    public async Task<JobRecord?> RunAsync(Guid jobId, CancellationToken ct, IProgress<JobProgress>? echo = null)
    {
        JobRecord? job;
        try { job = await store.FindAsync(jobId, ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.LogError(e, "Could not read job {Id}", jobId);
            return null;
        }
        if (job is null || job.Status != JobStatus.Queued) return job;
        var handler = handlers.FirstOrDefault(h => h.Kind == job.Kind);
        if (handler is null)
        {
            await RecordAsync(jobId, JobStatus.Failed, "Unknown job kind", null, $"No handler for job kind '{job.Kind}'.");
            return await FindAfterAsync(jobId);
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _running[jobId] = cts;
        string? result;
        try
        {
            await store.MarkRunningAsync(jobId, ct);
            var progress = new ThrottledProgress(p => store.ReportAsync(jobId, p, CancellationToken.None), echo, clock);
            result = await handler.RunAsync(job, progress, cts.Token);
            await FlushQuietlyAsync(progress);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            await RecordAsync(jobId, JobStatus.Cancelled, "Cancelled; the unfinished part was discarded and earlier results stay", null,
                null);
            return await FindAfterAsync(jobId);
        }
        catch (JobFailedException e)
        {
            await RecordAsync(jobId, JobStatus.Failed, "Failed", e.ResultJson, e.Message);
            return await FindAfterAsync(jobId);
        }
        catch (Exception e)
        {
            _log.LogError(e, "Job {Kind} {Id} failed", job.Kind, jobId);
            await RecordAsync(jobId, JobStatus.Failed, "Failed", null, IsBusy(e) ? DatabaseBusy : UnexpectedFailure);
            return await FindAfterAsync(jobId);
        }
        finally
        {
            _running.TryRemove(jobId, out _);
        }
        // The handler committed its work: from here on a failed status write is logged, never turned into "Failed".
        await RecordAsync(jobId, JobStatus.Succeeded, "Done", result, null);
        return await FindAfterAsync(jobId);
    }

    /// <summary>
    /// After a restart: a job left running either committed before the process ended (its handler finds its result —
    /// an import's batch is there) or changed nothing. Returns the still-queued jobs to run.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> RecoverAfterRestartAsync(CancellationToken ct)
    {
        foreach (var job in await store.RunningAsync(ct))
        {
            var committed = handlers.FirstOrDefault(h => h.Kind == job.Kind) is { } h ? await h.CommittedResultAsync(job, ct) : null;
            if (committed is not null)
                await store.FinishAsync(job.Id, JobStatus.Succeeded, "Done (its status was recorded after a restart of the app)", committed,
                    null);
            else
                await store.FinishAsync(job.Id, JobStatus.Failed, "Interrupted", null,
                    "Interrupted by a restart of the app; nothing it was doing was kept. Run it again.");
        }
        return await store.QueuedAsync(ct);
    }

    /// <summary>Asks a running job to stop; its handler rolls back whatever it had not committed.</summary>
    public bool Cancel(Guid jobId)
    {
        if (!_running.TryGetValue(jobId, out var cts)) return false;
        cts.Cancel();
        return true;
    }

    /// <summary>Writes the outcome, trying once more if the database is busy; if it still fails the row stays as it was and recovery
    /// settles it.</summary>
    private async Task RecordAsync(Guid jobId, JobStatus status, string message, string? resultJson, string? error)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.FinishAsync(jobId, status, message, resultJson, error);
                return;
            }
            catch (Exception e) when (attempt < 2 && IsBusy(e))
            {
                _log.LogWarning("Database busy while recording job {Id} as {Status}; trying again", jobId, status);
            }
            catch (Exception e)
            {
                _log.LogError(e, "Could not record job {Id} as {Status}: {Message}", jobId, status, error ?? message);
                return;
            }
        }
    }

    private async Task FlushQuietlyAsync(ThrottledProgress progress)
    {
        try { await progress.FlushAsync(); }
        catch (Exception e) { _log.LogWarning(e, "Could not write the last progress of a job"); }
    }

    private async Task<JobRecord?> FindAfterAsync(Guid jobId)
    {
        try { return await store.FindAsync(jobId, CancellationToken.None); }
        catch (Exception e)
        {
            _log.LogError(e, "Could not read job {Id}", jobId);
            return null;
        }
    }

    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: 5 or 6 } || (e.InnerException is { } inner && IsBusy(inner));
}
