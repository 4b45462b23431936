using MerchantInsights.Jobs.Queue;
using Spectre.Console;

namespace MerchantInsights.Cli;

/// <summary>A progress bar on an interactive terminal; a line per second otherwise (logs, CI), always on stderr.</summary>
internal static class ConsoleProgress
{
    public static async Task<T> RunAsync<T>(string title, Func<IProgress<JobProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            var last = DateTime.MinValue;
            return await work(new Progress<JobProgress>(p =>
            {
                if (p.Fraction < 1 && DateTime.UtcNow - last < TimeSpan.FromSeconds(1)) return; // the last report always shows
                last = DateTime.UtcNow;
                Console.Error.WriteLine($"{title}: {p.Fraction:P0} {p.Message}");
            }));
        }
        return await console.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask(title, maxValue: 1);
            return await work(new Progress<JobProgress>(p => { task.Value = p.Fraction; task.Description = $"{title}: {p.Message}"; }));
        });
    }
}
