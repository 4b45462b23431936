using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Jobs.Queue;

namespace MerchantInsights.Jobs.Import;

/// <summary>
/// Keeps data/uploads to what imports need: the original of every import (undo reads later imports' files again)
/// and the inputs of waiting jobs. Everything else — previews never imported, refused files, leftovers — goes once it
/// is a day old (a preview may still be waiting for its Import click).
/// </summary>
public sealed class UploadCleaner(UploadStore uploads, ImportHistory history, JobStore jobs, TimeProvider clock)
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    public async Task<IReadOnlyList<string>> CleanAsync(CancellationToken ct)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in await history.ListAsync(ct))
            if (batch.StoredPath is { } path) keep.Add(Path.GetFullPath(path));
        foreach (var job in await jobs.UnfinishedAsync(ct))
            if (job.Kind == ImportJobHandler.JobKind && JsonSerializer.Deserialize<ImportJobPayload>(job.PayloadJson) is { } payload)
                keep.Add(Path.GetFullPath(payload.StoredPath));
        return uploads.DeleteAllBut(keep, clock.GetUtcNow().UtcDateTime - Grace);
    }
}
