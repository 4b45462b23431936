using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Web.Components.Shared;

namespace MerchantInsights.Web.Components.Pages.Pricing;

/// <summary>The pricing page: the stored elasticity model of every product, and the chosen product's what-if.</summary>
public sealed class PricingPageState(ModelStore models, ShopOverview overview, DemandQueries demand)
    : ProductModelState<PricingSummary, ProductPricing, PriceRow>(models, overview, demand, ModelKinds.Pricing)
{
    public ProductPricing? Pricing => Item;

    /// <summary>The chosen product at the slider's price and cost; a new one (at the suggested price) for each choice.</summary>
    public PriceScenario? Scenario { get; private set; }

    protected override Task<List<PriceRow>> BuildRowsAsync(CurrentModel<PricingSummary> model, IEnumerable<ProductPricing> items,
        IReadOnlyDictionary<string, ProductTotal> products, CancellationToken ct) =>
        // The product that matters most to the owner first, not the most extreme suggestion.
        Task.FromResult(items.Select(p => products.TryGetValue(p.ProductId, out var known)
            ? PriceRow.From(p, known.Name, known.RecentRevenue) : PriceRow.From(p, p.ProductId))
            .OrderByDescending(r => r.RecentRevenue).ThenByDescending(r => r.ChangePct).ToList());

    protected override async Task ShowAsync(PriceRow row, ProductPricing item, CancellationToken ct) =>
        Scenario = new PriceScenario(item, await LearnedDaysAsync(row.ProductId, ct), await ForecastAsync(row.ProductId, ct));

    /// <summary>The product's current demand forecast (null before forecasts are trained or when it has none).</summary>
    private async Task<DemandForecast?> ForecastAsync(string productId, CancellationToken ct) =>
        await Models.CurrentAsync<System.Text.Json.JsonElement>(ModelKinds.Forecast, ct) is { } forecasts
            ? await Models.ItemAsync<DemandForecast>(forecasts.Id, productId, ct) : null;
}
