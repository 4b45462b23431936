using System.Collections.Concurrent;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Jobs.Queue;

/// <summary>
/// Reads and writes job rows; every change is also announced through the notifier.
/// Progress of a running job lives in memory first: an import holds SQLite's single write lock for its whole
/// transaction, so progress is written to the row only when the database is free, and never waits for it.
/// </summary>
public sealed class JobStore(SalesDatabase database, JobNotifier notifier, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, JobRecord> _live = new();

    public async Task<JobRecord> CreateAsync(string kind, string title, string payloadJson, CancellationToken ct)
    {
        var job = new JobRecord { Id = Guid.NewGuid(), Kind = kind, Title = title, PayloadJson = payloadJson, Status = JobStatus.Queued,
            CreatedAt = Now, Message = "Waiting to start" };
        await using var db = database.CreateContext();
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(job);
        return job;
    }

    public async Task<JobRecord?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return WithLiveProgress(await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct));
    }

    public async Task<IReadOnlyList<JobRecord>> RecentAsync(int count, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var jobs = await db.Jobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).Take(count).ToListAsync(ct);
        return jobs.Select(j => WithLiveProgress(j)!).ToList();
    }

    public Task<JobRecord?> UpdateAsync(Guid id, Action<JobRecord> change, CancellationToken ct) => UpdateCoreAsync(id, change, ct);

    public async Task MarkRunningAsync(Guid id, CancellationToken ct)
    {
        var job = await UpdateAsync(id, j => { j.Status = JobStatus.Running; j.StartedAt = Now; j.Message = "Started"; }, ct);
        if (job is not null) _live[id] = job;
    }

    public async Task ReportAsync(Guid id, JobProgress p, CancellationToken ct)
    {
        if (!_live.TryGetValue(id, out var running)) return;
        var snapshot = Copy(running);
        snapshot.Progress = Math.Round(100 * Math.Clamp(p.Fraction, 0, 1), 1);
        snapshot.Message = p.Message;
        _live[id] = snapshot;
        await notifier.PublishAsync(snapshot);
        await TryPersistProgressAsync(snapshot, ct);
    }

    public Task FinishAsync(Guid id, JobStatus status, string message, string? resultJson, string? error)
    {
        _live.TryRemove(id, out _);
        return UpdateAsync(id, j =>
        {
            j.Status = status;
            j.Message = message;
            j.ResultJson = resultJson ?? j.ResultJson;
            j.Error = error;
            j.FinishedAt = Now;
            if (status == JobStatus.Succeeded) j.Progress = 100;
        }, CancellationToken.None);
    }

    /// <summary>Rows left Running by a process that ended; <see cref="JobRunner.RecoverAfterRestartAsync"/> settles them.</summary>
    public async Task<IReadOnlyList<JobRecord>> RunningAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Running).ToListAsync(ct);
    }

    /// <summary>Jobs waiting or running: their inputs (kept uploads) are still needed.</summary>
    public async Task<IReadOnlyList<JobRecord>> UnfinishedAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> QueuedAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Jobs.Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private JobRecord? WithLiveProgress(JobRecord? job)
    {
        if (job is null || !_live.TryGetValue(job.Id, out var live)) return job;
        job.Progress = live.Progress;
        job.Message = live.Message;
        return job;
    }

    private static JobRecord Copy(JobRecord j) => new()
    {
        Id = j.Id, Kind = j.Kind, Title = j.Title, Status = j.Status, Progress = j.Progress, Message = j.Message,
            PayloadJson = j.PayloadJson,
        ResultJson = j.ResultJson, Error = j.Error, CreatedAt = j.CreatedAt, StartedAt = j.StartedAt, FinishedAt = j.FinishedAt,
    };

    private async Task TryPersistProgressAsync(JobRecord job, CancellationToken ct)
    {
        try
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandTimeout = 1;
            cmd.CommandText = "PRAGMA busy_timeout = 0; UPDATE Jobs SET Progress = $p, Message = $m WHERE Id = $id";
            cmd.Parameters.AddWithValue("$p", job.Progress);
            cmd.Parameters.AddWithValue("$m", job.Message);
            cmd.Parameters.AddWithValue("$id", job.Id.ToString().ToUpperInvariant());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / LOCKED: a long write (an import) owns the database; the live value in memory is enough.
        }
    }

    private async Task<JobRecord?> UpdateCoreAsync(Guid id, Action<JobRecord> change, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null) return null;
        change(job);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(job);
        return job;
    }
}
