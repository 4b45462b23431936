using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MerchantInsights.Browser.Bench;

/// <summary>The published web app run as its own process on a free loopback port, on one shop database.</summary>
internal sealed class WebServer : IAsyncDisposable
{
    private readonly Process _process;

    private WebServer(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public string BaseUrl { get; }

    public static async Task<WebServer> StartAsync(string publishedWeb, string database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(publishedWeb, "MerchantInsights.Web.dll"),
            $"--MerchantInsights:Database={database}", $"--urls=http://127.0.0.1:{port}"])
        {
            WorkingDirectory = publishedWeb, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("  web: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new WebServer(process, $"http://127.0.0.1:{port}");
        await server.WaitUntilServingAsync();
        return server;
    }

    /// <summary>Resident memory now and at its peak, in MB, from /proc (Linux).</summary>
    public (double Now, double Peak) MemoryMb()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Field(string name) => double.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("The web app did not answer within 2 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
