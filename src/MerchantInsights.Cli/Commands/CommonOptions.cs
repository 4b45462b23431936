using System.CommandLine;

namespace MerchantInsights.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "Path of the shop's SQLite database (created if missing)",
        Required = true,
    };
}
