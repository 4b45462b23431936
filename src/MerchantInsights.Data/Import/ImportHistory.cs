using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;
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
    public async IAsyncEnumerable<RejectedRow> StreamRejectionsAsync(int batchId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await foreach (var r in db.RejectedRows.AsNoTracking().Where(r => r.ImportBatchId == batchId).OrderBy(r => r.RowNumber)
            .AsAsyncEnumerable().WithCancellation(ct))
            yield return r;
    }

    /// <summary>
    /// Removes the batch and its lines and rebuilds the aggregates, in one transaction; returns the lines left in the shop.
    /// A line that a later overlapping import skipped as already present is that import's line too: it is handed over
    /// to it (found by reading its kept file again), not deleted. The original upload file is kept.
    /// </summary>
    public async Task<long> UndoAsync(int batchId, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = connection.BeginTransaction();
        foreach (var later in await LaterOverlappingAsync(connection, tx, batchId, ct))
            await HandOverSharedLinesAsync(connection, tx, batchId, later, ct);
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText =
                "DELETE FROM RejectedRows WHERE ImportBatchId = $b; DELETE FROM OrderLines WHERE ImportBatchId = $b; DELETE FROM " +
                "ImportBatches WHERE Id = $b;";
            cmd.Parameters.AddWithValue("$b", batchId);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await SalesAggregates.RebuildAsync(connection, tx, ct);
        long left;
        await using (var count = connection.CreateCommand())
        {
            count.Transaction = tx;
            count.CommandText = "SELECT COUNT(*) FROM OrderLines";
            left = (long)(await count.ExecuteScalarAsync(ct))!;
        }
        await tx.CommitAsync(ct);
        return left;
    }

    private static async Task<List<ImportBatch>> LaterOverlappingAsync(SqliteConnection c, SqliteTransaction tx, int batchId,
        CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText =
            "SELECT Id, FileName, StoredPath, MappingJson FROM ImportBatches WHERE Id > $b AND RowsAlreadyPresent > 0 AND StoredPath IS " +
            "NOT NULL ORDER BY Id";
        cmd.Parameters.AddWithValue("$b", batchId);
        var batches = new List<ImportBatch>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            batches.Add(new ImportBatch { Id = r.GetInt32(0), FileName = r.GetString(1), FileHash = "", StoredPath = r.GetString(2),
                MappingJson = r.GetString(3) });
        return batches;
    }

    /// <summary>Moves the undone batch's lines whose keys occur in the later batch's file to that batch.</summary>
    private static async Task HandOverSharedLinesAsync(SqliteConnection c, SqliteTransaction tx, int undone, ImportBatch later,
        CancellationToken ct)
    {
        if (!File.Exists(later.StoredPath) || later.MappingJson.Length == 0) return; // nothing left to tell which lines it had
        await using var move = c.CreateCommand();
        move.Transaction = tx;
        move.CommandText = "UPDATE OrderLines SET ImportBatchId = $later WHERE ImportBatchId = $undone AND LineKey = $key";
        move.Parameters.AddWithValue("$later", later.Id);
        move.Parameters.AddWithValue("$undone", undone);
        var key = move.Parameters.Add("$key", SqliteType.Integer);
        try
        {
            using var file = SalesCsvFile.Open(later.StoredPath!, later.FileName);
            var parser = new SalesRowParser(ColumnMapping.FromJson(later.MappingJson), file.Headers, later.FileName);
            var keys = new LineKeyRegistry(0); // no stored keys: the n-th line of an (order, product) gets occurrence n, as at import
            while (file.Read())
            {
                if (parser.Parse(file, out _) is not { } line) continue;
                key.Value = keys.Register(line.OrderId, line.ProductId).Key;
                await move.ExecuteNonQueryAsync(ct);
            }
        }
        catch (CsvImportException)
        {
            // The kept file no longer reads as it did (changed on disk): its shared lines cannot be told apart, so they go with the undo.
        }
    }
}
