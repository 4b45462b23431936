using MerchantInsights.Data.Storage;
using Microsoft.Extensions.Hosting;

namespace MerchantInsights.Jobs.Startup;

/// <summary>Applies EF migrations before the app serves requests or the worker picks up jobs.</summary>
public sealed class DatabaseMigrator(SalesDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
