using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>The real CLI in its own process (for kills and for two at once), and plain reads of the database it wrote.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "merchant-insights.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public static async Task<(int Exit, string Out, string Err)> RunToEndAsync(params string[] args)
    {
        using var p = Start(args);
        var (stdout, stderr) = (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout, await stderr);
    }

    /// <summary>Reads stderr (where progress goes) until a line matches or the timeout passes.</summary>
    public static async Task<string?> WaitForLineAsync(Process p, Func<string, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await p.StandardError.ReadLineAsync(cts.Token) is { } line)
                if (match(line)) return line;
        }
        catch (OperationCanceledException) { }
        return null;
    }

    public static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }
}
