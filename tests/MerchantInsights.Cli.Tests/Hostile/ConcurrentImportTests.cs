using System.Diagnostics;
using System.Globalization;
using MerchantInsights.Data.Import;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Cli.Tests.Hostile;

/// <summary>
/// Issue 16: two CLI imports into one database at the same time. The second starts while the first holds the write
/// lock; it waits (or says the database is busy), the file stays intact and no line is lost.
/// </summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private const int BigRows = 150_000;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mi-concurrent-" + Guid.NewGuid().ToString("N"));
    private string Db => Path.Combine(_folder, "shop.db");

    public ConcurrentImportTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_second_import_during_the_first_waits_or_says_busy_and_nothing_is_lost()
    {
        var small = Path.Combine(_folder, "small.csv");
        await File.WriteAllTextAsync(small, SalesColumns.CanonicalHeader + "\nS1,2025-03-01,C1,MUG-1,Mug,Kitchen,2,12.50,\nS2,2025-03-02,C2,TEA-1,Tea,Food,1,6.90,\n");
        var big = await WriteBigFileAsync();

        using var first = Start("import", "--db", Db, big);
        var firstErr = new List<string>();
        var reading = await WaitForLineAsync(first, firstErr, line => line.Contains("Read ", StringComparison.Ordinal));
        using var second = Start("import", "--db", Db, small);
        var (secondOut, secondErr) = (second.StandardOutput.ReadToEndAsync(), second.StandardError.ReadToEndAsync());
        var firstOut = first.StandardOutput.ReadToEndAsync();
        var firstRest = first.StandardError.ReadToEndAsync();
        await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());

        Assert.NotNull(reading);
        Assert.True(first.ExitCode == 0, string.Join("\n", firstErr) + await firstRest);
        Assert.Contains($"Imported {BigRows:N0} rows from big.csv", await firstOut);
        var secondImported = second.ExitCode == 0;
        if (secondImported) Assert.Contains("Imported 2 rows from small.csv", await secondOut);
        else Assert.Contains("Import failed: The database was busy with another program", await secondErr);
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(BigRows + (secondImported ? 2L : 0L), await ScalarAsync<long>("SELECT COUNT(*) FROM OrderLines"));
        Assert.Equal(secondImported ? 2L : 1L, await ScalarAsync<long>("SELECT COUNT(*) FROM ImportBatches"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT COUNT(*) FROM Jobs WHERE Status IN (0, 1)"));
    }

    private async Task<string> WriteBigFileAsync()
    {
        var path = Path.Combine(_folder, "big.csv");
        await using var w = new StreamWriter(path);
        await w.WriteLineAsync(SalesColumns.CanonicalHeader);
        for (var i = 0; i < BigRows; i++)
        {
            var day = new DateTime(2024, 1, 1).AddDays(i % 400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await w.WriteLineAsync($"B{i / 3},{day} 10:00:00,C{i % 3000},SKU-{i % 500},Product {i % 500},Cat {i % 9},{1 + i % 4},{5 + i % 40}.50,2.10");
        }
        return path;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Pooling = false }.ToString());
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "merchant-insights.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Reads stderr (where progress goes) until a line matches, keeping what it read.</summary>
    private static async Task<string?> WaitForLineAsync(Process p, List<string> seen, Func<string, bool> match)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            while (await p.StandardError.ReadLineAsync(cts.Token) is { } line)
            {
                seen.Add(line);
                if (match(line)) return line;
            }
        }
        catch (OperationCanceledException) { }
        return null;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
