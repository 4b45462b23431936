using System.Text.Json;

namespace MerchantInsights.Web.Tests.Hostile;

/// <summary>Issue 16: the README's `dotnet run` starts the app Production-safe (no developer exception page).</summary>
public sealed class RunModeTests
{
    [Fact]
    public void Dotnet_run_starts_in_production_on_a_loopback_address()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "MerchantInsights.sln"))) folder = folder.Parent!;
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "src", "MerchantInsights.Web", "Properties", "launchSettings.json")));

        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            Assert.Equal("Production", profile.Value.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
            Assert.Equal("http://localhost:5000", profile.Value.GetProperty("applicationUrl").GetString());
        }
    }
}
