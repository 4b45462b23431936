using System.CommandLine;
using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>`import --db PATH FILE.csv`: the web app's import job, run inline; exit 1 with the reason on a bad file.</summary>
internal static class ImportCommand
{
    public static Command Create(CliHost host)
    {
        var db = CommonOptions.Database();
        var file = new Argument<string>("file") { Description = "Sales file exported from the shop (.csv, .tsv, .txt or .xlsx)" };
        var validOnly = new Option<bool>("--import-valid-rows") { Description = "Import the valid rows even when many rows are refused" };
        var command = new Command("import", "Import a sales CSV into the database") { db, file, validOnly };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) return Fail($"{path}: no such file.");
            await using var services = await host.StartAsync(parse.GetValue(db)!, ct);
            var job = await ConsoleProgress.RunAsync("Importing " + Path.GetFileName(path),
                progress => services.GetRequiredService<ImportService>()
                    .ImportNowAsync(path, null, parse.GetValue(validOnly), progress, ct));
            if (job.Status != JobStatus.Succeeded) return Fail(job.Error ?? job.Message);
            var s = JsonSerializer.Deserialize<ImportSummary>(job.ResultJson!)!;
            Console.WriteLine($"Imported {s.RowsImported:N0} rows from {s.FileName} in {s.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"Rejected {s.RowsRejected:N0} rows; {s.RowsAlreadyPresent:N0} rows were already imported");
            if (s.MappingInWords() is { } columns) Console.WriteLine(columns);
            Console.WriteLine($"Products {s.Products:N0}, customers {s.Customers:N0}, dates {s.FirstDay:yyyy-MM-dd} to " +
                $"{s.LastDay:yyyy-MM-dd}");
            foreach (var p in s.FirstProblems.Take(10))
                Console.WriteLine($"  row {p.RowNumber}, column '{p.Column}' (value '{p.Value}'): {p.Reason}");
            return 0;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("Import failed: " + message);
        return 1;
    }
}
