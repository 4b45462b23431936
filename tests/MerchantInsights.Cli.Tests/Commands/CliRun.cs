using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>Runs the CLI in-process and captures what it prints. Console is global, so CLI tests run one at a time.</summary>
internal static class CliRun
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunWithAsync(null, args);

    /// <summary>Runs with registrations added after the app's own (a made-up model feature).</summary>
    public static async Task<(int Exit, string Out, string Err)> RunWithAsync(Action<IServiceCollection>? extra, params string[] args)
    {
        await Gate.WaitAsync();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            var exit = await CliApp.RunAsync(args, extra);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            Gate.Release();
        }
    }
}
