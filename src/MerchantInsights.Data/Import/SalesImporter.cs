using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Collections.Concurrent;
using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Import;

/// <summary>
/// Imports one uploaded file as one batch: stream → parse → validate → insert, then rebuild the daily aggregates,
/// all in a single transaction, so an import (or a killed process) never leaves half a file behind.
/// Lines already imported by an earlier upload (same order, product and occurrence) are skipped, not doubled.
/// </summary>
public sealed class SalesImporter(SalesDatabase database)
{
    // Day rows written after each block of lines: a batch of 250,000 (one per 500 blocks or more) drains in ~120 blocks, evenly.
    private const int DaySlice = 2048;
    // Blocks of 512 lines waiting between the threads: enough to ride out the writer's slower moments, ~10 MB at most.
    private const int QueuedChunks = 64;

    public async Task<ImportSummary> ImportAsync(string path, string fileName, ColumnMapping mapping, ImportOptions options,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        FileSizeLimit.Check(fileName, new FileInfo(path).Length, options.MaxFileBytes);
        var hash = await HashAsync(path, ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        await RefuseDuplicateUploadAsync(connection, hash, fileName, ct);

        using var file = SalesCsvFile.Open(path, fileName);
        var parser = new SalesRowParser(mapping, file.Headers, fileName);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var batchId = await InsertBatchAsync(connection, tx, fileName, hash, path, mapping, ct);

        // Two cores, two dedicated threads: one reads and validates, one inserts; a bounded queue keeps memory flat. (As async tasks on
        // the thread pool the two halves took turns on one thread for seconds at a time: bench/import-vs-sqlite.sh.)
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<ParsedChunk>(QueuedChunks);
        var estimatedRows = (int)Math.Min(file.EstimateRows() * 11 / 10, ImportLimits.MaxPresizedLines);
        var totals = new SalesAccumulator(estimatedRows, ImportReader.DayBatch);
        var reader = new ImportReader(file, parser, await StoredKeysAsync(connection, tx, estimatedRows, ct), totals,
            options.MaxStoredRejections);
        var reading = Dedicated(() => reader.Run(queue, stop.Token));
        using var writer = new OrderLineWriter(connection, batchId);
        using var dayWriter = new DailySalesWriter(connection);
        using var orderWriter = ShopSummaryWriter.OrderWriter(connection);
        try
        {
            await Dedicated(() => Write(queue, writer, dayWriter, orderWriter, progress, stop.Token));
        }
        finally
        {
            stop.Cancel();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        await reading; // the reader's own failure (a file that cannot be split into rows) is the import's
        var (read, imported, already) = (reader.RowsRead, reader.NewLines, reader.AlreadyStored);
        var first = reader.FirstProblems;
        if (read == 0) throw new CsvImportException(fileName,
            "the file has a header but no rows. Export your orders again with at least one order in the date range.");
        if (imported == 0 && already == 0)
            throw new CsvImportException(fileName,
                $"none of the {read:N0} rows could be read, so nothing was imported. First problem: row {first[0].RowNumber}, column " +
                $"'{first[0].Column}' (value '{first[0].Value}'): {first[0].Reason}.");
        if (reader.RejectedCount > options.MaxRejectedShare * read && !options.ImportValidRowsAnyway)
            throw new TooManyRejectedRowsException(fileName, read, reader.RejectedCount, first);
        progress?.Report(new ImportProgress(0.92, "Updating daily sales"));
        await RejectionWriter.WriteAsync(connection, tx, batchId, reader.StoredProblems, ct);
        await UpdateBatchCountsAsync(connection, tx, batchId, read, imported, reader.RejectedCount, already, ct);
        await totals.WriteAsync(connection, tx, dayWriter, ct);
        await tx.CommitAsync(ct);
        progress?.Report(new ImportProgress(1, "Imported"));
        return new ImportSummary(batchId, fileName, read, imported, reader.RejectedCount, already,
            totals.Products, totals.Customers, totals.FirstDay, totals.LastDay, clock.Elapsed, first);
    }

    private static Task Dedicated(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The writing half: inserts each block of lines, a slice of the waiting day totals and the new order ids.</summary>
    private static void Write(BlockingCollection<ParsedChunk> queue, OrderLineWriter lines, DailySalesWriter days,
        BlockWriter<string> orders,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var lastReport = Stopwatch.StartNew();
        foreach (var chunk in queue.GetConsumingEnumerable(ct))
        {
            for (var i = 0; i < chunk.Count; i++) lines.Add(chunk.Lines[i]);
            if (chunk.Days is { } batch) days.Enqueue(batch);
            days.WriteSome(DaySlice);
            foreach (var order in chunk.Orders ?? []) orders.Add(order);
            if (lastReport.ElapsedMilliseconds < 200 && chunk.RowsRead % 40_960 != 0) continue;
            progress?.Report(new ImportProgress(0.9 * chunk.FileFraction, $"Read {chunk.RowsRead:N0} rows"));
            lastReport.Restart();
        }
        lines.Flush();
        orders.Flush();
    }

    /// <summary>Keys of every stored line, read inside the import's write transaction so none can appear meanwhile.</summary>
    /// <remarks>Sized up front for stored + estimated new lines: growing a million-entry table doubles it for a moment.</remarks>
    private static async Task<LineKeyRegistry> StoredKeysAsync(SqliteConnection connection, SqliteTransaction tx, int estimatedNewRows,
        CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COUNT(*) FROM OrderLines";
        var stored = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        var keys = new LineKeyRegistry((int)Math.Min(ImportLimits.MaxPresizedLines, stored + estimatedNewRows));
        cmd.CommandText = "SELECT LineKey FROM OrderLines";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) keys.AddStored(r.GetInt64(0));
        return keys;
    }

    public static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, ct));
    }

    private static async Task RefuseDuplicateUploadAsync(SqliteConnection connection, string hash, string fileName, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT FileName, ImportedAt FROM ImportBatches WHERE FileHash = $h";
        cmd.Parameters.AddWithValue("$h", hash);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (await r.ReadAsync(ct))
            throw new CsvImportException(fileName,
                $"this exact file was already imported on {r.GetString(1)[..16]} UTC (as '{r.GetString(0)}'). Nothing was imported " +
                $"again; undo that import first if you want to re-import it with another mapping.");
    }

    private static async Task<int> InsertBatchAsync(SqliteConnection c, SqliteTransaction tx, string fileName, string hash, string path,
        ColumnMapping mapping, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO ImportBatches (FileName, FileHash, StoredPath, ImportedAt, RowsRead, RowsImported, RowsRejected, RowsAlreadyPresent,
                MappingJson)
            VALUES ($name, $hash, $path, $at, 0, 0, 0, 0, $mapping); SELECT last_insert_rowid();
            """;
        cmd.Parameters.AddWithValue("$name", fileName);
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.Parameters.AddWithValue("$path", path);
        cmd.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$mapping", mapping.ToJson());
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task UpdateBatchCountsAsync(SqliteConnection c, SqliteTransaction tx, int id, int read, int imported, int rejected,
        int already, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText =
            "UPDATE ImportBatches SET RowsRead = $r, RowsImported = $i, RowsRejected = $j, RowsAlreadyPresent = $a WHERE Id = $id";
        cmd.Parameters.AddWithValue("$r", read);
        cmd.Parameters.AddWithValue("$i", imported);
        cmd.Parameters.AddWithValue("$j", rejected);
        cmd.Parameters.AddWithValue("$a", already);
        cmd.Parameters.AddWithValue("$id", id);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
