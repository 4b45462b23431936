using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Import;

/// <summary>The list of past imports, their refused rows, and undo (delete exactly one batch's lines).</summary>
public sealed class ImportHistory(SalesDatabase database)
{
    public async Task<IReadOnlyList<ImportBatch>> ListAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).ToListAsync(ct);
    }

    /// <summary>The batch imported from this kept upload, if its import committed.</summary>
    public async Task<ImportBatch?> FindByUploadAsync(string storedPath, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.StoredPath == storedPath, ct);
    }

    public async Task<IReadOnlyList<RejectedRow>> RejectionsAsync(int batchId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.RejectedRows.AsNoTracking().Where(r => r.ImportBatchId == batchId).OrderBy(r => r.RowNumber).ToListAsync(ct);
    }

    /// <summary>The refused rows one by one, for a download that never holds them all (up to 100,000 per import).</summary>
    public async IAsyncEnumerable<RejectedRow> StreamRejectionsAsync(int batchId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await foreach (var r in db.RejectedRows.AsNoTracking().Where(r => r.ImportBatchId == batchId).OrderBy(r => r.RowNumber).AsAsyncEnumerable().WithCancellation(ct))
            yield return r;
    }

    /// <summary>Removes the batch and its lines and rebuilds the aggregates, in one transaction. The original upload file is kept.</summary>
    public async Task UndoAsync(int batchId, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = connection.BeginTransaction();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM RejectedRows WHERE ImportBatchId = $b; DELETE FROM OrderLines WHERE ImportBatchId = $b; DELETE FROM ImportBatches WHERE Id = $b;";
            cmd.Parameters.AddWithValue("$b", batchId);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await SalesAggregates.RebuildAsync(connection, tx, ct);
        await tx.CommitAsync(ct);
    }
}
