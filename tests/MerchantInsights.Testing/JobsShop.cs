using MerchantInsights.Data;
using MerchantInsights.Data.Storage;
using MerchantInsights.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Testing;

/// <summary>A temporary shop with the job services the CLI has (no worker), built over it; extra registrations optional.</summary>
public sealed class JobsShop(Action<IServiceCollection>? configure = null, TimeSpan? busyTimeout = null) : IAsyncLifetime
{
    public TempShop Shop { get; } = new();
    public ServiceProvider Services { get; private set; } = default!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await Shop.InitializeAsync();
        var services = new ServiceCollection();
        services.AddSalesData(new SalesDatabase(Shop.Database.Path, busyTimeout));
        services.AddJobs(withWorker: false);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Shop.DisposeAsync();
    }
}
