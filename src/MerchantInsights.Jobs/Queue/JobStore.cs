using System.Collections.Concurrent;
using System.Globalization;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

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
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"INSERT INTO Jobs ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
        foreach (var c in Columns) cmd.Parameters.AddWithValue("$" + c, Value(job, c));
        await cmd.ExecuteNonQueryAsync(ct);
        await notifier.PublishAsync(job);
        return job;
    }

    public async Task<JobRecord?> FindAsync(Guid id, CancellationToken ct) =>
        WithLiveProgress((await ReadAsync("WHERE Id = $id", ct, ("$id", Key(id)))).FirstOrDefault());

    public async Task<IReadOnlyList<JobRecord>> RecentAsync(int count, CancellationToken ct)
    {
        var jobs = await ReadAsync("ORDER BY CreatedAt DESC LIMIT $n", ct, ("$n", count));
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
    public async Task<IReadOnlyList<JobRecord>> RunningAsync(CancellationToken ct) =>
        await ReadAsync("WHERE Status = $s", ct, ("$s", nameof(JobStatus.Running)));

    /// <summary>Jobs waiting or running: their inputs (kept uploads) are still needed.</summary>
    public async Task<IReadOnlyList<JobRecord>> UnfinishedAsync(CancellationToken ct) =>
        await ReadAsync("WHERE Status IN ($q, $r)", ct, ("$q", nameof(JobStatus.Queued)), ("$r", nameof(JobStatus.Running)));

    public async Task<IReadOnlyList<Guid>> QueuedAsync(CancellationToken ct) =>
        (await ReadAsync("WHERE Status = $s ORDER BY CreatedAt", ct, ("$s", nameof(JobStatus.Queued)))).Select(j => j.Id).ToList();

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
            cmd.Parameters.AddWithValue("$id", Key(job.Id));
            await cmd.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / LOCKED: a long write (an import) owns the database; the live value in memory is enough.
        }
    }

    /// <summary>Reads the row, applies the change and writes back only the columns it changed (as EF's change tracking did): the
    /// progress written meanwhile by <see cref="TryPersistProgressAsync"/> is not overwritten with an older value.</summary>
    private async Task<JobRecord?> UpdateCoreAsync(Guid id, Action<JobRecord> change, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        if ((await ReadAsync(connection, "WHERE Id = $id", ct, ("$id", Key(id)))).FirstOrDefault() is not { } job) return null;
        var before = Copy(job);
        change(job);
        var changed = Columns.Where(c => !Equals(Value(before, c), Value(job, c))).ToList();
        if (changed.Count > 0)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"UPDATE Jobs SET {string.Join(", ", changed.Select(c => $"{c} = ${c}"))} WHERE Id = $Id";
            foreach (var c in changed.Append(nameof(JobRecord.Id))) cmd.Parameters.AddWithValue("$" + c, Value(job, c));
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await notifier.PublishAsync(job);
        return job;
    }

    // Plain SQL instead of EF: a CLI import otherwise built EF's whole model (0.36 s) just to write its job row (docs/decisions/0001).
    private static readonly string[] Columns =
    [
        nameof(JobRecord.Id), nameof(JobRecord.Kind), nameof(JobRecord.Title), nameof(JobRecord.Status), nameof(JobRecord.Progress),
        nameof(JobRecord.Message), nameof(JobRecord.PayloadJson), nameof(JobRecord.ResultJson), nameof(JobRecord.Error),
        nameof(JobRecord.CreatedAt), nameof(JobRecord.StartedAt), nameof(JobRecord.FinishedAt),
    ];

    /// <summary>A job's key as EF stores a Guid in SQLite: upper-case text.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>A column's value as EF stores it (enum as its name, moments as "yyyy-MM-dd HH:mm:ss.FFFFFFF").</summary>
    private static object Value(JobRecord j, string column) => column switch
    {
        nameof(JobRecord.Id) => Key(j.Id),
        nameof(JobRecord.Kind) => j.Kind,
        nameof(JobRecord.Title) => j.Title,
        nameof(JobRecord.Status) => j.Status.ToString(),
        nameof(JobRecord.Progress) => j.Progress,
        nameof(JobRecord.Message) => j.Message,
        nameof(JobRecord.PayloadJson) => j.PayloadJson,
        nameof(JobRecord.ResultJson) => (object?)j.ResultJson ?? DBNull.Value,
        nameof(JobRecord.Error) => (object?)j.Error ?? DBNull.Value,
        nameof(JobRecord.CreatedAt) => Moment(j.CreatedAt),
        nameof(JobRecord.StartedAt) => j.StartedAt is { } s ? Moment(s) : DBNull.Value,
        nameof(JobRecord.FinishedAt) => j.FinishedAt is { } f ? Moment(f) : DBNull.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    private static string Moment(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private async Task<List<JobRecord>> ReadAsync(string where, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await ReadAsync(connection, where, ct, parameters);
    }

    private static async Task<List<JobRecord>> ReadAsync(SqliteConnection connection, string where, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {string.Join(", ", Columns)} FROM Jobs {where}";
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        var jobs = new List<JobRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            jobs.Add(new JobRecord
            {
                Id = Guid.Parse(r.GetString(0)), Kind = r.GetString(1), Title = r.GetString(2),
                Status = Enum.Parse<JobStatus>(r.GetString(3)), Progress = r.GetDouble(4), Message = r.GetString(5),
                PayloadJson = r.GetString(6), ResultJson = r.IsDBNull(7) ? null : r.GetString(7),
                Error = r.IsDBNull(8) ? null : r.GetString(8),
                CreatedAt = r.GetDateTime(9), StartedAt = r.IsDBNull(10) ? null : r.GetDateTime(10),
                FinishedAt = r.IsDBNull(11) ? null : r.GetDateTime(11),
            });
        return jobs;
    }
}
