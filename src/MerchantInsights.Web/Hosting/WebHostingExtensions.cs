using MerchantInsights.Data;
using MerchantInsights.Jobs;
using MerchantInsights.Web.Components;
using MerchantInsights.Web.Demo;
using MudBlazor.Services;

namespace MerchantInsights.Web.Hosting;

/// <summary>The whole host as a table of contents: services, then the request pipeline.</summary>
public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddMerchantInsights(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration["MerchantInsights:Database"]
            ?? Path.Combine(builder.Environment.ContentRootPath, "data", "merchantinsights.db");
        // Serves MudBlazor's, Plotly's and Blazor's files from the build output in any environment (a no-op once published).
        builder.WebHost.UseStaticWebAssets();
        builder.RestrictToThisComputer();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMerchantInsightsServices(database, withWorker: true);
        return builder;
    }

    /// <summary>The app's own services, shared with the component tests (which run jobs inline, without the worker).</summary>
    public static IServiceCollection AddMerchantInsightsServices(this IServiceCollection services, string database, bool withWorker)
    {
        services.AddMudServices();
        services.AddSalesData(database);
        services.AddJobs(withWorker);
        services.AddSingleton<DemoShop>();
        services.AddSingleton<Components.Shared.PrerenderHandoff>();
        services.AddScoped<Components.Pages.Upload.UploadPageState>();
        services.AddTransient<Components.Pages.Overview.OverviewPageState>();
        services.AddTransient<Components.Pages.Forecast.ForecastPageState>();
        services.AddTransient<Components.Pages.Pricing.PricingPageState>();
        services.AddTransient<Components.Pages.Recommendations.RecommendationsPageState>();
        services.AddTransient<Components.Pages.Customers.CustomersPageState>();
        services.AddTransient<Components.Pages.Customers.CustomerPageState>();
        services.AddTransient<Components.Pages.Stock.StockPageState>();
        return services;
    }

    public static WebApplication UseMerchantInsights(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapDownloads();
        app.MapExports();
        app.MapCampaigns();
        app.MapStockExports();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
