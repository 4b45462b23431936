using MerchantInsights.Data;
using MerchantInsights.Data.Storage;
using MerchantInsights.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli;

/// <summary>The same services as the web app, without the worker: the CLI runs each job inline.</summary>
internal static class CliHost
{
    public static async Task<ServiceProvider> StartAsync(string databasePath, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddSalesData(databasePath);
        services.AddJobs(withWorker: false);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SalesDatabase>().MigrateAsync(ct);
        return provider;
    }
}
