using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MerchantInsights.E2E.Infrastructure;

/// <summary>The real app on a loopback port with its own empty database folder, for a real browser to drive.</summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "mi-e2e-" + Guid.NewGuid().ToString("N"));

    private readonly string _environment;

    /// <param name="environment">Development by default; "Production" is what the README's run command starts.</param>
    public AppServer(string environment = "Development")
    {
        _environment = environment;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("MerchantInsights:Database", Path.Combine(DataFolder, "shop.db"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
