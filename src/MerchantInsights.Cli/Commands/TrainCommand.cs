using System.CommandLine;
using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>`train --db PATH [--horizon 28] [--what forecast|pricing|recommendations]`: the web app's training job, run inline.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var horizon = new Option<int>("--horizon") { Description = "Days to forecast after the last order date", DefaultValueFactory = _ => 28 };
        var what = new Option<string[]>("--what")
        {
            Description = "Train only these: forecast, pricing, recommendations (default: all)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("train", "Train forecasts, prices and recommendations on the imported sales") { db, horizon, what };
        command.SetAction(async (parse, ct) =>
        {
            var days = parse.GetValue(horizon);
            if (days is < 1 or > 366) return Fail($"--horizon must be between 1 and 366 days, not {days}.");
            await using var services = await CliHost.StartAsync(parse.GetValue(db)!, ct);
            var request = new TrainingRequest(Normalise(parse.GetValue(what)), days);
            var job = await ConsoleProgress.RunAsync("Training",
                progress => services.GetRequiredService<TrainingService>().TrainNowAsync(request, progress, ct));
            if (job.Status != JobStatus.Succeeded) return Fail(job.Error ?? job.Message);
            foreach (var line in JsonSerializer.Deserialize<List<string>>(job.ResultJson!)!) Console.WriteLine(line);
            return 0;
        });
        return command;
    }

    /// <summary>Accepts the singular/plural spellings a user is likely to type (forecasts, prices, recommendation).</summary>
    private static string[] Normalise(string[]? what) =>
        (what ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(w => w.ToLowerInvariant() switch
            {
                "forecasts" or "forecasting" => "forecast",
                "prices" or "price" => "pricing",
                "recommendation" or "recs" => "recommendations",
                var other => other,
            }).Distinct().ToArray();

    private static int Fail(string message)
    {
        Console.Error.WriteLine("Training failed: " + message);
        return 1;
    }
}
