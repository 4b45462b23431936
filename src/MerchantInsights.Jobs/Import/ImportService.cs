using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Import;

/// <summary>Starts imports the same way from the web app (queued) and the CLI (run inline): keep the original, create the job.</summary>
public sealed class ImportService(UploadStore uploads, JobStore store, JobScheduler scheduler, JobRunner runner)
{
    /// <summary>Queues the import; once it has brought in rows, training follows so the pages fill in on their own.</summary>
    public Task<JobRecord> QueueAsync(ImportJobPayload payload, CancellationToken ct) =>
        scheduler.ScheduleAsync(ImportJobHandler.JobKind, $"Import {payload.FileName}",
            JsonSerializer.Serialize(payload with { TrainAfter = true }), ct);

    /// <summary>Queues undoing an import: it runs after the jobs before it, then re-trains.</summary>
    public Task<JobRecord> QueueUndoAsync(ImportBatch batch, CancellationToken ct) =>
        scheduler.ScheduleAsync(UndoJobHandler.JobKind, $"Undo import of {batch.FileName}",
            JsonSerializer.Serialize(new UndoJobPayload(batch.Id, batch.FileName)), ct);

    /// <summary>Copies the file into the upload store, then imports it in this process, echoing progress.</summary>
    public async Task<JobRecord> ImportNowAsync(string sourcePath, ColumnMapping? mapping, bool importValidRowsAnyway,
        IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var stored = await uploads.SaveCopyAsync(sourcePath, ct);
        var payload = new ImportJobPayload(stored, Path.GetFileName(sourcePath), mapping, importValidRowsAnyway, RunInline: true);
        var job = await store.CreateAsync(ImportJobHandler.JobKind, $"Import {payload.FileName}", JsonSerializer.Serialize(payload), ct);
        return await runner.RunAsync(job.Id, ct, progress) ?? job;
    }
}
