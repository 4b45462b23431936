using System.Diagnostics;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;

/// <summary>
/// Issue 16's big hostile files, too large for the test suite: each is written to a temp folder, previewed and imported
/// into a new database; prints the outcome (the message, or the rows imported) and this process's peak working set,
/// which must stay within 600 MB. Usage: dotnet run -c Release --project bench/MerchantInsights.Import.Bench -- hostile
/// </summary>
internal static class HostileInputs
{
    private const long LimitMb = 600;
    private const string Header = "order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost";

    public static async Task RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("mi-hostile-").FullName;
        try
        {
            await CaseAsync(folder, "no-line-breaks.csv", w => Fill(w, Header + ",", 499L * 1048576));
            await CaseAsync(folder, "giant-row.csv", w => Fill(w, Header + "\nA1,2025-03-01,C1,MUG,", 499L * 1048576));
            await CaseAsync(folder, "32k-columns.csv", w => { w.Write(string.Join(",", Enumerable.Repeat("c", 32_000))); w.Write('\n'); });
            await CaseAsync(folder, "cost-1e15-million-rows.csv", w =>
            {
                w.Write(Header + "\n");
                for (var i = 0; i < 1_000_000; i++) w.Write($"A{i},2025-03-01 10:00:00,C{i % 5000},SKU-{i % 700},Mug,Kitchen,1,12.50,1e15\n");
            });
            var forged = Path.Combine("tests", "MerchantInsights.Data.Tests", "HostileCorpus", "files", "forged-dimension.xlsx");
            if (File.Exists(forged)) await CopyAsync(folder, forged);
            else Console.WriteLine($"forged-dimension.xlsx: run from the repository root to include it");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }

    /// <summary>Imports a copy: a workbook's conversion is written beside it, never into the repository.</summary>
    private static Task CopyAsync(string folder, string source)
    {
        var copy = Path.Combine(folder, Path.GetFileName(source));
        File.Copy(source, copy);
        return ImportAsync(folder, Path.GetFileName(source), copy);
    }

    private static void Fill(TextWriter w, string start, long bytes)
    {
        w.Write(start);
        var block = new string('x', 1 << 20);
        for (long written = start.Length; written + block.Length <= bytes; written += block.Length) w.Write(block);
    }

    private static async Task CaseAsync(string folder, string name, Action<TextWriter> write)
    {
        var path = Path.Combine(folder, name);
        await using (var w = new StreamWriter(path)) write(w);
        await ImportAsync(folder, name, path);
        File.Delete(path);
    }

    private static async Task ImportAsync(string folder, string name, string path)
    {
        var clock = Stopwatch.StartNew();
        string outcome;
        try
        {
            var mapping = SalesFilePreviewer.Preview(path, name).SuggestedMapping;
            var database = new SalesDatabase(Path.Combine(folder, name + ".db"));
            await database.MigrateAsync(CancellationToken.None);
            var summary = await new SalesImporter(database).ImportAsync(path, name, mapping, new ImportOptions { ImportValidRowsAnyway = true }, null, CancellationToken.None);
            outcome = $"imported {summary.RowsImported:N0} rows, refused {summary.RowsRejected:N0}";
        }
        catch (CsvImportException e)
        {
            outcome = e.Message;
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;
        Console.WriteLine($"{name} ({new FileInfo(path).Length / 1048576.0:N0} MB): {clock.Elapsed.TotalSeconds:0.0} s, peak {peak:N0} MB {(peak <= LimitMb ? "<=" : "ABOVE")} {LimitMb} MB");
        Console.WriteLine($"  {(outcome.Length > 200 ? outcome[..200] + "…" : outcome)}");
    }
}
