using MerchantInsights.Bench;
using MerchantInsights.Customers.Bench;

// Predicted 90-day customer value against the real next 90 days, with the last 90 days of each shop held out.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Customers.Bench -- [retail] [sim] [market] [--db shop.db]
//   [--save lines.tsv | --lines lines.tsv] [--time-all] [--ceiling]
// (sim: ShopSimulator's shopify-messy shop, market: its marketplace-messy shop; --db: an already imported Online Retail
// database, copied before use, instead of importing the CSV; --save writes the lines of the first shop run, --lines runs
// the bench on such a file; --time-all also times the engine on every line, as the product trains it; --ceiling also
// trains the trees on the scored quarter itself, 5-fold, to show how far the features could rank at best).
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var (timeAll, ceiling) = (args.Contains("--time-all"), args.Contains("--ceiling"));
var parts = args.Where(a => a is "retail" or "sim" or "market").ToList();
if (parts.Count == 0) parts = ["retail", "sim"];
if (Arg("--lines") is { } cached)
{
    ValueBench.Run(Path.GetFileName(cached), LineCache.Read(cached), timeAll, ceiling);
    return;
}
var save = Arg("--save");
foreach (var part in parts)
{
    var (name, data) = part switch
    {
        "retail" => ("UCI Online Retail", Arg("--db") is { } db ? ValueBench.Copy(db) : await BenchShop.LoadAsync(BenchShop.OnlineRetail)),
        "sim" => ("simulated shopify-messy", await BenchShop.LoadAsync(BenchShop.Simulated("shopify-messy"))),
        _ => ("simulated marketplace-messy", await BenchShop.LoadAsync(BenchShop.Simulated("marketplace-messy"))),
    };
    await ValueBench.RunAsync(name, data, save, timeAll, ceiling);
    save = null;
}
