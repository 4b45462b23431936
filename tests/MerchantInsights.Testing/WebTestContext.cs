using Bunit;
using MerchantInsights.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MerchantInsights.Testing;

/// <summary>bUnit with the web app's own service registration (minus the worker) over a temporary shop database.</summary>
/// <param name="extra">Registrations added after the app's own (a made-up model feature, for example).</param>
public sealed class WebTestContext(Action<IServiceCollection>? extra = null) : IAsyncLifetime
{
    public TempShop Shop { get; } = new();
    public BunitContext Bunit { get; } = new();

    public async Task InitializeAsync()
    {
        await Shop.InitializeAsync();
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMerchantInsightsServices(Shop.Database.Path, withWorker: false);
        extra?.Invoke(Bunit.Services);
        // Pages render as in a live circuit (a prerender would keep its state for the circuit, see PrerenderHandoff).
        Bunit.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Bunit.Render<MudPopoverProvider>();
    }

    public async Task DisposeAsync()
    {
        await Bunit.DisposeAsync();
        await Shop.DisposeAsync();
    }
}
