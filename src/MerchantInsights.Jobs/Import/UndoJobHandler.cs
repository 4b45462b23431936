using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Import;

/// <summary>
/// Undoes an import as a job, in the same queue as imports and training (never beside them, so it cannot meet an
/// import halfway), then re-trains so no page shows models of sales that are gone.
/// </summary>
public sealed class UndoJobHandler(ImportHistory history, JobScheduler scheduler, ModelFeatures features) : IJobHandler
{
    public const string JobKind = "undo-import";

    public string Kind => JobKind;

    public async Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<UndoJobPayload>(job.PayloadJson)
            ?? throw new JobFailedException("The undo job names no import.");
        progress.Report(new JobProgress(0.1, $"Removing the rows of {payload.FileName}"));
        var left = await history.UndoAsync(payload.BatchId, ct);
        if (left > 0) await scheduler.ScheduleTrainingAsync(features, TrainingRequest.Everything, CancellationToken.None);
        return JsonSerializer.Serialize(new UndoResult(payload.BatchId, left));
    }

    /// <summary>Undo commits in one transaction: if the batch is gone, the undo was done.</summary>
    public async Task<string?> CommittedResultAsync(JobRecord job, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<UndoJobPayload>(job.PayloadJson);
        if (payload is null || (await history.ListAsync(ct)).Any(b => b.Id == payload.BatchId)) return null;
        return JsonSerializer.Serialize(new UndoResult(payload.BatchId, -1));
    }
}

/// <summary>Input of an undo job: the import batch and the name the user knows it by.</summary>
public sealed record UndoJobPayload(int BatchId, string FileName);

/// <summary>What an undo left: the order lines still in the shop (-1 when settled after a restart).</summary>
public sealed record UndoResult(int BatchId, long LinesLeft);
