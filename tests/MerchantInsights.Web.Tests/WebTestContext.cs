using Bunit;
using MerchantInsights.Data;
using MerchantInsights.Data.Tests.Support;
using MerchantInsights.Jobs;
using MerchantInsights.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MerchantInsights.Web.Tests;

/// <summary>bUnit with MudBlazor and the app's real services over a temporary shop database.</summary>
public sealed class WebTestContext : IAsyncLifetime
{
    public TempShop Shop { get; } = new();
    public BunitContext Bunit { get; } = new();

    public async Task InitializeAsync()
    {
        await Shop.InitializeAsync();
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices();
        Bunit.Services.AddSalesData(Shop.Database.Path);
        Bunit.Services.AddJobs(withWorker: false);
        Bunit.Services.AddSingleton<DemoShop>();
        Bunit.Services.AddScoped<Components.Pages.Upload.UploadPageState>();
        Bunit.Services.AddTransient<Components.Pages.Forecast.ForecastPageState>();
        Bunit.Services.AddTransient<Components.Pages.Pricing.PricingPageState>();
        Bunit.Services.AddTransient<Components.Pages.Recommendations.RecommendationsPageState>();
        Bunit.Services.AddTransient<Components.Pages.Stock.StockPageState>();
        Bunit.Render<MudPopoverProvider>();
    }

    public async Task DisposeAsync()
    {
        await Bunit.DisposeAsync();
        await Shop.DisposeAsync();
    }
}
