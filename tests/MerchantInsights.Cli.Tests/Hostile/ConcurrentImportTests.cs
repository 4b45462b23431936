using System.Globalization;
using MerchantInsights.Data.Import;
using MerchantInsights.Cli.Tests.Commands;
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

        using var first = CliProcess.Start("import", "--db", Db, big);
        var firstOut = first.StandardOutput.ReadToEndAsync();
        var reading = await CliProcess.WaitForLineAsync(first, line => line.Contains("Read ", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        using var second = CliProcess.Start("import", "--db", Db, small);
        var (secondOut, secondErr) = (second.StandardOutput.ReadToEndAsync(), second.StandardError.ReadToEndAsync());
        var firstErr = first.StandardError.ReadToEndAsync();
        await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());

        Assert.NotNull(reading);
        Assert.True(first.ExitCode == 0, await firstErr);
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

    private Task<T> ScalarAsync<T>(string sql) => CliProcess.ScalarAsync<T>(Db, sql);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
