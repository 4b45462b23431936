using MerchantInsights.Data;
using MerchantInsights.Data.Storage;
using MerchantInsights.Jobs;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli;

/// <summary>
/// The same services as the web app, without the worker: the CLI runs each job inline. Extra registrations (a test's
/// fake model feature) are applied after the app's own, both to the command tree and to each run.
/// </summary>
internal sealed class CliHost(Action<IServiceCollection>? extra)
{
    /// <summary>The registered model features, read without opening a database: the command tree is built from them.</summary>
    public ModelFeatures Features()
    {
        using var provider = Services().BuildServiceProvider();
        return provider.GetRequiredService<ModelFeatures>();
    }

    public async Task<ServiceProvider> StartAsync(string databasePath, CancellationToken ct)
    {
        var services = Services();
        services.AddSalesData(databasePath);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SalesDatabase>().MigrateAsync(ct);
        return provider;
    }

    private ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddJobs(withWorker: false);
        extra?.Invoke(services);
        return services;
    }
}
