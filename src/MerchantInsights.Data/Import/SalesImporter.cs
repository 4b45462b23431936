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
    // Blocks of 512 lines waiting between the threads: enough to keep the writer busy while the reader sorts a batch of day totals
    // (0.07–0.17 s; with 64 blocks the writer sat idle 0.6–1.4 s of a 1.17M-line import, with 256 0.45–0.56 s), ~20 MB at most.
    private const int QueuedChunks = 256;

    public async Task<ImportSummary> ImportAsync(string path, string fileName, ColumnMapping mapping, ImportOptions options,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        FileSizeLimit.Check(fileName, new FileInfo(path).Length, options.MaxFileBytes);
        await using var connection = await database.OpenConnectionAsync(ct);
        // The first import cannot repeat an earlier one: its file is hashed while it is read (0.2 s of a 100 MB file), not before.
        var first = !await AnyImportAsync(connection, ct);
        var hashing = first ? Task.Run(() => HashAsync(path, ct), ct) : Task.FromResult(await HashAsync(path, ct));
        if (!first) await RefuseDuplicateUploadAsync(connection, null, await hashing, fileName, ct);
        var writeOnce = first && options.WriteOnceWhenFirst && await WriteOnceAsync(connection, ct);
        try
        {
            return await ImportInTransactionAsync(connection, path, fileName, hashing, mapping, options, progress, clock, ct);
        }
        finally
        {
            // Back to write-ahead logging once the transaction is over, also after a failure (a kill leaves a hot journal that the next
            // opening rolls back, and every opening sets WAL again).
            if (writeOnce) await BackToWalAsync(connection);
            await hashing.Ended();
        }
    }

    private async Task<ImportSummary> ImportInTransactionAsync(SqliteConnection connection, string path, string fileName,
        Task<string> hashing, ColumnMapping mapping, ImportOptions options, IProgress<ImportProgress>? progress, Stopwatch clock,
        CancellationToken ct)
    {
        using var file = SalesCsvFile.Open(path, fileName);
        var parser = new SalesRowParser(mapping, file.Headers, fileName);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var batchId = await InsertBatchAsync(connection, tx, fileName, path, mapping, ct);

        // Two cores, two dedicated threads: one reads and validates, one inserts; a bounded queue keeps memory flat. (As async tasks on
        // the thread pool the two halves took turns on one thread for seconds at a time: bench/import-vs-sqlite.sh.)
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<ParsedChunk>(QueuedChunks);
        var estimatedRows = (int)Math.Min(file.EstimateRows() * 11 / 10, ImportLimits.MaxPresizedLines);
        var (keys, totals) = await StoredLinesAsync(connection, tx, estimatedRows, ct);
        var reader = new ImportReader(file, parser, keys, totals, options.MaxStoredRejections);
        var reading = Dedicated(() => reader.Run(queue, stop.Token));
        using var writer = new OrderLineWriter(connection, batchId);
        using var dayWriter = new DailySalesWriter(connection);
        try
        {
            await Dedicated(() => Write(queue, writer, dayWriter, progress, stop.Token));
        }
        finally
        {
            stop.Cancel();
            await reading.Ended();
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
        var hash = await hashing;
        await RefuseDuplicateUploadAsync(connection, tx, hash, fileName, ct); // inside the write lock: no other import can slip in
        await UpdateBatchAsync(connection, tx, batchId, hash, read, imported, reader.RejectedCount, already, ct);
        await totals.WriteAsync(connection, tx, dayWriter, ct);
        await tx.CommitAsync(ct);
        progress?.Report(new ImportProgress(1, "Imported"));
        return new ImportSummary(batchId, fileName, read, imported, reader.RejectedCount, already,
            totals.Products, totals.Customers, totals.FirstDay, totals.LastDay, clock.Elapsed, first, mapping);
    }

    private static Task Dedicated(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The writing half: inserts each block of lines and a slice of the waiting day totals.</summary>
    private static void Write(BlockingCollection<ParsedChunk> queue, OrderLineWriter lines, DailySalesWriter days,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var lastReport = Stopwatch.StartNew();
        foreach (var chunk in queue.GetConsumingEnumerable(ct))
        {
            for (var i = 0; i < chunk.Count; i++) lines.Add(chunk.Lines[i]);
            if (chunk.Days is { } batch) days.Enqueue(batch);
            days.WriteSome(DaySlice);
            if (lastReport.ElapsedMilliseconds < 200 && chunk.RowsRead % 40_960 != 0) continue;
            progress?.Report(new ImportProgress(0.9 * chunk.FileFraction, $"Read {chunk.RowsRead:N0} rows"));
            lastReport.Restart();
        }
        lines.Flush();
    }

    /// <summary>Keys and orders of every stored line, read inside the import's write transaction so none can appear meanwhile: the
    /// keys say which lines are already there, the orders which of the new lines' orders the shop already counts.</summary>
    /// <remarks>Sized up front for stored + estimated new lines: growing a million-entry table doubles it for a moment.</remarks>
    private static async Task<(LineKeyRegistry, SalesAccumulator)> StoredLinesAsync(SqliteConnection connection, SqliteTransaction tx,
        int estimatedNewRows, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COUNT(*), COALESCE((SELECT Orders FROM ShopSummary WHERE Id = 1), 0) FROM OrderLines";
        long stored, storedOrders;
        await using (var counts = await cmd.ExecuteReaderAsync(ct))
        {
            await counts.ReadAsync(ct);
            (stored, storedOrders) = (counts.GetInt64(0), counts.GetInt64(1));
        }
        var keys = new LineKeyRegistry((int)Math.Min(ImportLimits.MaxPresizedLines, stored + estimatedNewRows));
        // Orders are at most lines: sized for the stored orders (not lines) and the new lines.
        var totals = new SalesAccumulator((int)Math.Min(ImportLimits.MaxPresizedLines, storedOrders + estimatedNewRows),
            ImportReader.DayBatch);
        if (stored == 0) return (keys, totals);
        cmd.CommandText = "SELECT LineKey, OrderId FROM OrderLines";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var lastOrder = "";
        while (await r.ReadAsync(ct))
        {
            keys.AddStored(r.GetInt64(0));
            var order = r.GetString(1);
            if (order == lastOrder) continue; // an order's lines are usually stored together: hashed once
            totals.KnowStoredOrder(order);
            lastOrder = order;
        }
        return (keys, totals);
    }

    public static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, ct));
    }

    private static async Task<bool> AnyImportAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT EXISTS (SELECT 1 FROM ImportBatches)";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Sets the journal mode; false when SQLite kept the old one (another connection is using the file).</summary>
    private static async Task<bool> SetJournalAsync(SqliteConnection connection, string mode, int? timeoutSeconds, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        if (timeoutSeconds is { } t) cmd.CommandTimeout = t;
        cmd.CommandText = $"PRAGMA journal_mode = {mode}";
        return string.Equals(Convert.ToString(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture), mode,
            StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Rollback journal and full sync for the first import — only if no other connection is reading the file (SQLite needs
    /// it to itself to leave WAL; asked for at most a second, as Microsoft.Data.Sqlite retries a busy statement until its timeout);
    /// otherwise the import runs in WAL as usual.</summary>
    private async Task<bool> WriteOnceAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout = 0";
        await cmd.ExecuteNonQueryAsync(ct);
        bool switched;
        try { switched = await SetJournalAsync(connection, "delete", timeoutSeconds: 1, ct); }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { switched = false; } // SQLITE_BUSY, SQLITE_LOCKED
        cmd.CommandText = $"PRAGMA busy_timeout = {database.BusyMilliseconds}; PRAGMA synchronous = {(switched ? "FULL" : "NORMAL")}";
        await cmd.ExecuteNonQueryAsync(ct);
        return switched;
    }

    private static async Task BackToWalAsync(SqliteConnection connection)
    {
        try
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA synchronous = NORMAL";
            await cmd.ExecuteNonQueryAsync();
            await SetJournalAsync(connection, "wal", timeoutSeconds: null, CancellationToken.None);
        }
        catch (SqliteException) { }
    }

    private static async Task RefuseDuplicateUploadAsync(SqliteConnection connection, SqliteTransaction? tx, string hash, string fileName,
        CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT FileName, ImportedAt FROM ImportBatches WHERE FileHash = $h";
        cmd.Parameters.AddWithValue("$h", hash);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (await r.ReadAsync(ct))
            throw new CsvImportException(fileName,
                $"this exact file was already imported on {r.GetString(1)[..16]} UTC (as '{r.GetString(0)}'). Nothing was imported " +
                $"again; undo that import first if you want to re-import it with another mapping.");
    }

    /// <summary>The batch row, with a unique stand-in for the file's hash until the end of the import.</summary>
    private static async Task<int> InsertBatchAsync(SqliteConnection c, SqliteTransaction tx, string fileName, string path,
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
        cmd.Parameters.AddWithValue("$hash", "importing " + Guid.NewGuid().ToString("N"));
        cmd.Parameters.AddWithValue("$path", path);
        cmd.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$mapping", mapping.ToJson());
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task UpdateBatchAsync(SqliteConnection c, SqliteTransaction tx, int id, string hash, int read, int imported,
        int rejected, int already, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE ImportBatches SET FileHash = $hash, RowsRead = $r, RowsImported = $i, RowsRejected = $j, " +
            "RowsAlreadyPresent = $a WHERE Id = $id";
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.Parameters.AddWithValue("$r", read);
        cmd.Parameters.AddWithValue("$i", imported);
        cmd.Parameters.AddWithValue("$j", rejected);
        cmd.Parameters.AddWithValue("$a", already);
        cmd.Parameters.AddWithValue("$id", id);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
