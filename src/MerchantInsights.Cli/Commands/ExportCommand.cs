using System.CommandLine;
using System.Text;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Stock;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Stock;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>
/// `export forecasts|prices|recommendations|together --db PATH --out FILE.csv [--k N]`: the current models as CSV;
/// `export reorder --db PATH --stock FILE.csv --out FILE.csv`: reorder points for the products of a stock file.
/// </summary>
internal static class ExportCommand
{
    private const string Reorder = "reorder";

    public static Command Create()
    {
        var kind = new Argument<string>("what") { Description = "forecasts, prices, recommendations, together or reorder" };
        kind.AcceptOnlyFromAmong([.. ModelExports.Kinds, Reorder]);
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "CSV file to write", Required = true };
        var k = new Option<int?>("--k") { Description = "Picks per customer (default 10) or partners per product (default 5)" };
        var stock = new Option<string?>("--stock") { Description = "For reorder: the stock file product_id,on_hand,lead_time_days,order_multiple,unit_cost" };
        var command = new Command("export", "Export the current forecasts, prices, recommendations, bought-together pairs or reorder points as CSV") { kind, db, output, k, stock };
        command.SetAction(async (parse, ct) =>
        {
            var what = parse.GetValue(kind)!;
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var top = parse.GetValue(k) ?? ModelExports.DefaultK(what);
            var stockFile = parse.GetValue(stock);
            if (what == Reorder && string.IsNullOrWhiteSpace(stockFile))
            {
                Console.Error.WriteLine("Export failed: reorder needs --stock FILE.csv (columns " + StockCsv.Header + ").");
                return 1;
            }
            await using var services = await CliHost.StartAsync(parse.GetValue(db)!, ct);
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            var temporary = path + ".partial";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                int rows;
                await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
                    rows = what == Reorder
                        ? await services.GetRequiredService<StockFileExport>().WriteAsync(Path.GetFullPath(stockFile!), writer, ct)
                        : await services.GetRequiredService<ModelExports>().WriteAsync(what, writer, top, ct);
                File.Move(temporary, path, overwrite: true);
                Console.WriteLine($"Wrote {rows:N0} rows to {path}");
                return 0;
            }
            catch (Exception e) when (e is ModelNotTrainedException or CsvImportException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                Console.Error.WriteLine("Export failed: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
