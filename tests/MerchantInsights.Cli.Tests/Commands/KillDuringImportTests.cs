using System.Diagnostics;
using System.Globalization;
using MerchantInsights.Data.Import;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>
/// The promise "an import commits whole or not at all", tested the hard way: the real CLI, in its own process, is
/// killed with SIGKILL in the middle of a large import; the database must be intact and exactly as before.
/// </summary>
public sealed class KillDuringImportTests : IDisposable
{
    private const int BigRows = 300_000, Attempts = 3;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mi-kill-" + Guid.NewGuid().ToString("N"));
    private int _attempt;
    private int Rows => BigRows << _attempt;
    /// <summary>A new database per attempt: an attempt whose import finished before the kill has committed it.</summary>
    private string Db => Path.Combine(_folder, $"shop{_attempt}.db");

    public KillDuringImportTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Killing_the_cli_mid_import_leaves_the_database_intact_and_unchanged_and_the_next_import_succeeds()
    {
        var small = Path.Combine(_folder, "first.csv");
        await File.WriteAllTextAsync(small, SalesColumns.CanonicalHeader + "\nA1,2025-03-01,C1,MUG-1,Mug,Kitchen,2,12.50,\nA2,2025-03-02,C2,TEA-1,Tea,Food,1,6.90,\n");
        (long, long, long) before = default;
        var big = await KillBigImportAsync(async () =>
        {
            var first = await RunToEndAsync("import", "--db", Db, small);
            Assert.True(first.Exit == 0, first.Err);
            before = await CountsAsync();
            Assert.Equal((2L, 2L, 1L), before);
        });

        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(before, await CountsAsync());

        var again = await RunToEndAsync("import", "--db", Db, big);
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains($"Imported {Rows:N0} rows from big.csv", again.Out);
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(2L + Rows, (await CountsAsync()).Lines);
    }

    /// <summary>The first import into a new database writes through a rollback journal instead of the write-ahead log (once, not
    /// twice): killed, it leaves a hot journal that the next opening rolls back.</summary>
    [Fact]
    public async Task Killing_the_first_import_into_a_new_database_leaves_it_empty_and_the_next_import_succeeds_in_WAL_mode()
    {
        var big = await KillBigImportAsync();

        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal((0L, 0L, 0L), await CountsAsync());

        var again = await RunToEndAsync("import", "--db", Db, big);
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains($"Imported {Rows:N0} rows from big.csv", again.Out);
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal("wal", await ScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(Rows, (await CountsAsync()).Lines);
    }

    /// <summary>
    /// Prepares a new database (<paramref name="prepare"/>), writes the big file and kills its import mid-way; a new database
    /// and a file twice the size each time the import finished first, up to <see cref="Attempts"/> times. Returns the file.
    /// </summary>
    private async Task<string> KillBigImportAsync(Func<Task>? prepare = null)
    {
        for (_attempt = 0; ; _attempt++)
        {
            if (prepare is not null) await prepare();
            var big = await WriteBigFileAsync();
            if (await KillMidImportAsync(big)) return big;
            Assert.True(_attempt + 1 < Attempts, $"the import of {Rows:N0} rows finished before it could be killed {Attempts} times");
        }
    }

    /// <summary>
    /// Starts an import into <see cref="Db"/> and kills it (SIGKILL: no finally blocks, no disposal, no rollback by the
    /// process) as soon as it reports reading; false when it had already finished — a busy test machine can read the
    /// progress line late — and the caller tries again with a file twice the size.
    /// </summary>
    private async Task<bool> KillMidImportAsync(string file)
    {
        using var killed = Start("import", "--db", Db, file);
        var progress = await WaitForLineAsync(killed, line => line.Contains("Read ", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        if (killed.HasExited) return false;
        Assert.NotNull(progress);
        killed.Kill(entireProcessTree: true);
        await killed.WaitForExitAsync();
        return true;
    }

    private async Task<string> WriteBigFileAsync()
    {
        var path = Path.Combine(_folder, "big.csv");
        await using var w = new StreamWriter(path);
        await w.WriteLineAsync(SalesColumns.CanonicalHeader);
        var start = new DateTime(2024, 1, 1);
        for (var i = 0; i < Rows; i++)
        {
            var day = start.AddDays(i % 500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await w.WriteLineAsync($"B{i / 3},{day} 10:00:00,C{i % 5000},SKU-{i % 700},Product {i % 700},Cat {i % 12},{1 + i % 4},{5 + i % 40}.50,2.10");
        }
        return path;
    }

    private async Task<(long Lines, long Days, long Batches)> CountsAsync() =>
        (await ScalarAsync<long>("SELECT COUNT(*) FROM OrderLines"),
         await ScalarAsync<long>("SELECT COUNT(*) FROM DailySales"),
         await ScalarAsync<long>("SELECT COUNT(*) FROM ImportBatches"));

    private Task<T> ScalarAsync<T>(string sql) => CliProcess.ScalarAsync<T>(Db, sql);

    private static Process Start(params string[] args) => CliProcess.Start(args);

    private static Task<(int Exit, string Out, string Err)> RunToEndAsync(params string[] args) => CliProcess.RunToEndAsync(args);

    /// <summary>Reads stderr until a line matches; stdout is drained so the child never blocks.</summary>
    private static Task<string?> WaitForLineAsync(Process p, Func<string, bool> match, TimeSpan timeout)
    {
        _ = p.StandardOutput.ReadToEndAsync();
        return CliProcess.WaitForLineAsync(p, match, timeout);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
