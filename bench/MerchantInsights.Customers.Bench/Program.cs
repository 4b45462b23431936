using MerchantInsights.Bench;
using MerchantInsights.Customers.Bench;

// Predicted 90-day customer value against the real next 90 days, with the last 90 days of each shop held out.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Customers.Bench -- [retail] [sim] [--db shop.db] [--save lines.tsv | --lines lines.tsv]
// (--db: an already imported Online Retail database, copied before use, instead of importing the CSV; --save writes the
// lines of the first shop run, --lines runs the bench on such a file).
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var parts = args.Where(a => a is "retail" or "sim").ToList();
if (parts.Count == 0) parts = ["retail", "sim"];
if (Arg("--lines") is { } cached)
    ValueBench.Run(Path.GetFileName(cached), LineCache.Read(cached));
else if (parts.Contains("retail"))
    await ValueBench.RunAsync("UCI Online Retail", Arg("--db") is { } db ? ValueBench.Copy(db) : await BenchShop.LoadAsync(BenchShop.OnlineRetail), Arg("--save"));
if (Arg("--lines") is null && parts.Contains("sim"))
    await ValueBench.RunAsync("simulated shopify-messy", await BenchShop.LoadAsync(BenchShop.Simulated("shopify-messy")), parts.Contains("retail") ? null : Arg("--save"));
