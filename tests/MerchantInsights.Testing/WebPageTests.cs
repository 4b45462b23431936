using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Testing;

/// <summary>Base of a bUnit test class: a fresh <see cref="WebTestContext"/> per test, and the seeding pages need.</summary>
/// <param name="extra">Registrations added after the web app's own.</param>
public abstract class WebPageTests(Action<IServiceCollection>? extra = null) : IAsyncLifetime
{
    protected WebTestContext Web { get; } = new(extra);
    protected TempShop Shop => Web.Shop;
    protected IServiceProvider Services => Web.Bunit.Services;

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected IRenderedComponent<T> Render<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null) where T : IComponent =>
        Web.Bunit.Render(parameters);

    /// <summary>Imports canonical sales rows as shop.csv, then trains <paramref name="step"/> now; the test fails unless it succeeds.</summary>
    protected async Task ImportAndTrainAsync(string step, IEnumerable<string> rows)
    {
        await Shop.ImportRowsAsync(rows);
        await Services.TrainAsync(step);
    }

    public Task InitializeAsync() => Web.InitializeAsync();
    public Task DisposeAsync() => Web.DisposeAsync();
}
