using System.CommandLine;
using System.Text;
using MerchantInsights.Jobs.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>`export forecasts|prices|recommendations|together --db PATH --out FILE.csv [--k N]`: the current models as CSV.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("what") { Description = "forecasts, prices, recommendations or together" };
        kind.AcceptOnlyFromAmong([.. ModelExports.Kinds]);
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "CSV file to write", Required = true };
        var k = new Option<int?>("--k") { Description = "Picks per customer (default 10) or partners per product (default 5)" };
        var command = new Command("export", "Export the current forecasts, prices, recommendations or bought-together pairs as CSV") { kind, db, output, k };
        command.SetAction(async (parse, ct) =>
        {
            var what = parse.GetValue(kind)!;
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var top = parse.GetValue(k) ?? ModelExports.DefaultK(what);
            await using var services = await CliHost.StartAsync(parse.GetValue(db)!, ct);
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            var temporary = path + ".partial";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                int rows;
                await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
                    rows = await services.GetRequiredService<ModelExports>().WriteAsync(what, writer, top, ct);
                File.Move(temporary, path, overwrite: true);
                Console.WriteLine($"Wrote {rows:N0} rows to {path}");
                return 0;
            }
            catch (Exception e) when (e is ModelNotTrainedException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                Console.Error.WriteLine("Export failed: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
