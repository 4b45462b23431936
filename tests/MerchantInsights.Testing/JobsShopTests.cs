using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Testing;

/// <summary>Base of a test class whose every test gets a fresh <see cref="JobsShop"/> (a shop with the CLI's job services).</summary>
/// <param name="configure">Registrations added after the jobs' own.</param>
public abstract class JobsShopTests(Action<IServiceCollection>? configure = null) : IAsyncLifetime
{
    protected JobsShop Jobs { get; } = new(configure);
    protected TempShop Shop => Jobs.Shop;
    protected ServiceProvider Services => Jobs.Services;

    protected T Get<T>() where T : notnull => Jobs.Get<T>();

    public Task InitializeAsync() => Jobs.InitializeAsync();
    public Task DisposeAsync() => Jobs.DisposeAsync();
}
