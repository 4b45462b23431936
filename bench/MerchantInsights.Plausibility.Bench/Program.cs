using MerchantInsights.Plausibility.Bench;

// Counts implausible rows in the CLI's exports, against the raw stored lines read here with plain SQL.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Plausibility.Bench -- --db shop.db --exports DIR [--truth truth.json] [--online-retail]
// DIR holds forecasts.csv, prices.csv, recommendations.csv and together.csv (MerchantInsights.Cli export … --out DIR/X.csv).
// Exit code: 0 when every count is 0, 1 when any is not, 2 on bad arguments.
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var (database, exports, truth) = (Arg("--db"), Arg("--exports"), Arg("--truth"));
if (database is null || exports is null || (truth is null) == !args.Contains("--online-retail"))
{
    Console.Error.WriteLine("usage: --db shop.db --exports DIR (--truth truth.json | --online-retail)");
    return 2;
}

var list = truth is null ? NonMerchandise.OnlineRetail : NonMerchandise.FromTruth(truth);
Console.WriteLine($"non-merchandise products ({list.Count}, from {truth ?? "the built-in UCI Online Retail list"}):");
foreach (var (id, why) in list) Console.WriteLine($"  {id} — {why}");

var history = await NetSalesHistory.ReadAsync(database, CancellationToken.None);
var files = new[] { "forecasts", "prices", "recommendations", "together" }.ToDictionary(f => f, f => ExportFile.Read(Path.Combine(exports, f + ".csv")));
Console.WriteLine($"history: {history.Count:N0} products; exports: {string.Join(", ", files.Select(f => $"{f.Key} {f.Value.Count:N0} rows"))}");

var checks = new PlausibilityChecks(history, list.Select(x => x.Id).ToHashSet(StringComparer.Ordinal));
CheckResult[] results =
[
    checks.NonMerchandiseRows(files.Values.SelectMany(rows => rows)),
    checks.ForecastsAboveHistory(files["forecasts"]),
    checks.ExpectedUnitsAboveHistory(files["prices"]),
    PlausibilityChecks.PricesUnderOneCent(files["prices"]),
];
Console.WriteLine();
foreach (var result in results) Console.WriteLine($"{result.Label}: {result.Count}");
foreach (var result in results.Where(r => r.Count > 0))
{
    Console.WriteLine($"\n{result.Label}, {result.Count} in all, for example:");
    foreach (var example in result.Examples) Console.WriteLine("  " + example);
}
return results.Any(r => r.Count > 0) ? 1 : 0;
