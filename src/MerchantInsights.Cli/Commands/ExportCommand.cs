using System.CommandLine;
using System.Text;
using MerchantInsights.Data.Import;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>
/// `export forecasts|prices|recommendations|together --db PATH --out FILE.csv [--k N]`: the current models as CSV;
/// exports that read a file too take it as an option (`export reorder --stock FILE.csv`), whose bad rows are reported by row and column.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliHost host, ModelFeatures features)
    {
        var exports = features.Exports;
        var kind = new Argument<string>("what") { Description = Phrase.List(exports.Select(e => e.Name), "or") };
        kind.AcceptOnlyFromAmong([.. exports.Select(e => e.Name)]);
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "CSV file to write", Required = true };
        var picks = exports.Where(e => e.Picks is not null).Select(e => $"{e.Picks!.Meaning} (default {e.Picks.Default})").ToList();
        var k = new Option<int?>("--k") { Description = Capitalised(Phrase.List(picks, "or")) };
        // Exports that read a file besides the models (a stock file) each add their own option.
        var inputs = exports.Select(e => e.Input).OfType<ExportInput>().DistinctBy(i => i.Option)
            .ToDictionary(i => i.Option, i => new Option<string>("--" + i.Option) { Description = i.Description });
        var command = new Command("export",
            $"Export the current {Phrase.List(exports.Select(e => e.Holds).Distinct(), "or")} as CSV") { kind, db,
            output, k };
        foreach (var input in inputs.Values) command.Options.Add(input);
        command.SetAction(async (parse, ct) =>
        {
            var what = parse.GetValue(kind)!;
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var inputPath = features.FindExport(what)?.Input is { } needed ? parse.GetValue(inputs[needed.Option]) : null;
            await using var services = await host.StartAsync(parse.GetValue(db)!, ct);
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            var temporary = path + ".partial";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                int rows;
                await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
                    rows = await services.GetRequiredService<ModelExports>().WriteAsync(what, writer, parse.GetValue(k), ct, inputPath);
                File.Move(temporary, path, overwrite: true);
                Console.WriteLine($"Wrote {rows:N0} rows to {path}");
                return 0;
            }
            catch (Exception e) when (e is ModelNotTrainedException or CsvImportException or ArgumentException or IOException or
                UnauthorizedAccessException)
            {
                File.Delete(temporary);
                Console.Error.WriteLine("Export failed: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
