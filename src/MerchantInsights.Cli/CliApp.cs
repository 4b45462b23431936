using System.CommandLine;
using MerchantInsights.Cli.Commands;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli;

/// <summary>The command tree: one entry per command, each in Commands/. Train and export list the registered model features.</summary>
public static class CliApp
{
    /// <param name="extra">Registrations added after the app's own (tests register a fake model feature here).</param>
    public static RootCommand Build(Action<IServiceCollection>? extra = null)
    {
        var host = new CliHost(extra);
        var features = host.Features();
        var trains = Phrase.List(features.Trained.Select(f => f.Noun), "and");
        return new($"MerchantInsights: import a shop's sales, train {trains}, export results")
        {
            ImportCommand.Create(host),
            StatsCommand.Create(host),
            TrainCommand.Create(host, features),
            ExportCommand.Create(host, features),
        };
    }

    public static Task<int> RunAsync(string[] args, Action<IServiceCollection>? extra = null) => Build(extra).Parse(args).InvokeAsync();
}
