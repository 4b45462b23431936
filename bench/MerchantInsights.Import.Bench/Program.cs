using System.Diagnostics;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;

// Import benchmark: parse-only throughput, the full import (one transaction + daily aggregates) into a new
// database, and `sqlite3 :memory: .import` of the same file as the yardstick, each the median of 3 runs in this run.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Import.Bench -- FILE.csv [runs]
//        dotnet run -c Release --project bench/MerchantInsights.Import.Bench -- hostile      (issue 16's big hostile files)
if (args is ["hostile"])
{
    await HostileInputs.RunAsync();
    return;
}
var file = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the CSV file to import.");
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;
var name = Path.GetFileName(file);
var mapping = SalesFilePreviewer.Preview(file, name).SuggestedMapping;
Console.WriteLine($"file: {name}, {new FileInfo(file).Length / 1048576.0:0.0} MB, {Environment.ProcessorCount} cores");

var clock = Stopwatch.StartNew();
var rows = 0;
using (var csv = SalesCsvFile.Open(file, name))
{
    var parser = new SalesRowParser(mapping, csv.Headers, name);
    while (csv.Read()) { parser.Parse(csv, out _); rows++; }
}
Console.WriteLine($"parse only: {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s ({rows / clock.Elapsed.TotalSeconds:N0} rows/s)");

var importTimes = new List<double>();
ImportSummary? summary = null;
for (var i = 0; i < runs; i++)
{
    var folder = Directory.CreateTempSubdirectory("mi-bench-").FullName;
    var database = new SalesDatabase(Path.Combine(folder, "shop.db"));
    await database.MigrateAsync(CancellationToken.None);
    clock.Restart();
    summary = await new SalesImporter(database).ImportAsync(file, name, mapping, new ImportOptions { ImportValidRowsAnyway = true }, null, CancellationToken.None);
    importTimes.Add(clock.Elapsed.TotalSeconds);
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, true);
}
var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

var sqliteTimes = new List<double>();
for (var i = 0; i < runs; i++)
{
    clock.Restart();
    using var sqlite = Process.Start(new ProcessStartInfo("sqlite3", [":memory:", ".mode csv", $".import '{file}' lines", "SELECT COUNT(*) FROM lines;"]) { RedirectStandardOutput = true })!;
    await sqlite.StandardOutput.ReadToEndAsync();
    await sqlite.WaitForExitAsync();
    sqliteTimes.Add(clock.Elapsed.TotalSeconds);
}

double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
var (import, yardstick) = (Median(importTimes), Median(sqliteTimes));
Console.WriteLine($"import: {summary!.RowsImported:N0} rows, median {import:0.00} s of [{string.Join(", ", importTimes.Select(t => t.ToString("0.00")))}] ({summary.RowsImported / import:N0} rows/s)");
Console.WriteLine($"sqlite3 :memory: .import: median {yardstick:0.00} s of [{string.Join(", ", sqliteTimes.Select(t => t.ToString("0.00")))}]");
Console.WriteLine($"peak working set of this process: {peak:N0} MB");
Console.WriteLine($"ratio import / sqlite3: {import / yardstick:0.00}x (target <= 2.5x) | import <= 10 s: {(import <= 10 ? "yes" : "NO")} | peak <= 300 MB: {(peak <= 300 ? "yes" : "NO")}");
