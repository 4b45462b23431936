using System.CommandLine;
using MerchantInsights.Cli.Commands;

namespace MerchantInsights.Cli;

/// <summary>The command tree: one entry per command, each in Commands/.</summary>
public static class CliApp
{
    public static RootCommand Build() => new("MerchantInsights: import a shop's sales, train forecasts, prices and recommendations, export results")
    {
        ImportCommand.Create(),
        StatsCommand.Create(),
        TrainCommand.Create(),
        ExportCommand.Create(),
    };

    public static Task<int> RunAsync(string[] args) => Build().Parse(args).InvokeAsync();
}
