using System.CommandLine;
using System.Text.Json;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>`train --db PATH [--horizon 28] [--what forecast|pricing|recommendations]`: the web app's training job, run inline.</summary>
internal static class TrainCommand
{
    public static Command Create(CliHost host, ModelFeatures features)
    {
        var db = CommonOptions.Database();
        var horizon = new Option<int>("--horizon") { Description = "Days to forecast after the last order date",
            DefaultValueFactory = _ => 28 };
        var steps = features.Trained.Select(f => f.Name).ToArray();
        var what = new Option<string[]>("--what")
        {
            Description = $"Train only these: {string.Join(", ", steps)} (default: all)",
            AllowMultipleArgumentsPerToken = true,
        };
        what.CompletionSources.Add(steps);
        var command = new Command("train", features.TrainingTitle([]) + " on the imported sales") { db, horizon, what };
        command.SetAction(async (parse, ct) =>
        {
            var days = parse.GetValue(horizon);
            if (days is < 1 or > 366) return Fail($"--horizon must be between 1 and 366 days, not {days}.");
            await using var services = await host.StartAsync(parse.GetValue(db)!, ct);
            var request = new TrainingRequest(Normalise(features, parse.GetValue(what)), days);
            var job = await ConsoleProgress.RunAsync("Training",
                progress => services.GetRequiredService<TrainingService>().TrainNowAsync(request, progress, ct));
            if (job.Status != JobStatus.Succeeded) return Fail(job.Error ?? job.Message);
            foreach (var line in JsonSerializer.Deserialize<List<string>>(job.ResultJson!)!) Console.WriteLine(line);
            return 0;
        });
        return command;
    }

    /// <summary>Accepts comma lists and the other spellings each feature registers (forecasts, prices, recommendation).</summary>
    private static string[] Normalise(ModelFeatures features, string[]? what) =>
        (what ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(features.StepName).Distinct().ToArray();

    private static int Fail(string message)
    {
        Console.Error.WriteLine("Training failed: " + message);
        return 1;
    }
}
