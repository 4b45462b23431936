using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Training;
using Plotly.Blazor;

namespace MerchantInsights.Web.Components.Pages.Pricing;

/// <summary>
/// The pricing page: the stored elasticity model of every product, and the chosen product's what-if at the slider's
/// price and cost. Moving a slider only evaluates the stored demand curve (no training on the circuit).
/// </summary>
public sealed class PricingPageState(ModelStore models, ShopOverview overview, DemandQueries demand)
{
    private Dictionary<string, ProductPricing> _pricing = new(StringComparer.Ordinal);
    private IReadOnlyList<ProductDay> _history = [];

    public CurrentModel<PricingSummary>? Model { get; private set; }
    public List<PriceRow> Rows { get; private set; } = [];
    public PriceRow? Selected { get; private set; }
    public ProductPricing? Pricing { get; private set; }
    public double Price { get; private set; }
    public double? Cost { get; private set; }
    public WhatIf? AtPrice { get; private set; }
    public WhatIf? AtCurrent { get; private set; }
    public IList<ITrace> UnitsChart { get; private set; } = [];
    public IList<ITrace> MoneyChart { get; private set; } = [];
    public bool ShowsProfit => Cost is not null;

    public async Task LoadAsync(CancellationToken ct)
    {
        Model = await models.CurrentAsync<PricingSummary>(ModelKinds.Pricing, ct);
        if (Model is null) return;
        var pricing = await models.AllItemsAsync<ProductPricing>(Model.Id, ct);
        _pricing = pricing;
        var products = (await overview.ProductsAsync(null, ct)).ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        // The product that matters most to the owner first (revenue in the last 90 days), not the most extreme suggestion.
        Rows = pricing.Values.Select(p => products.TryGetValue(p.ProductId, out var known) ? PriceRow.From(p, known.Name, known.RecentRevenue) : PriceRow.From(p, p.ProductId))
            .OrderByDescending(r => r.RecentRevenue).ThenByDescending(r => r.ChangePct).ToList();
    }

    public async Task SelectAsync(string? productId, CancellationToken ct)
    {
        Selected = Rows.FirstOrDefault(r => r.ProductId == productId) ?? Rows.FirstOrDefault();
        if (Selected is null) return;
        Pricing = _pricing[Selected.ProductId];
        // The days the price response was learned from: real prices only, cancellations netted, one-offs capped.
        _history = (await demand.DaysAsync(Selected.ProductId, ct)).Select(d => new ProductDay(d.Day, d.Units, 0, 0, d.AveragePrice)).ToList();
        Price = Pricing.Suggestion.SuggestedPrice;
        Cost = Pricing.Curve.UnitCost;
        Update();
    }

    public void SetPrice(double price) { Price = price; Update(); }

    public void SetCost(double cost) { Cost = cost; Update(); }

    private void Update()
    {
        if (Pricing is null) return;
        var curve = Pricing.Curve;
        AtPrice = curve.At(Price, Cost);
        AtCurrent = curve.At(Pricing.Suggestion.CurrentPrice, Cost);
        var grid = PricingCharts.Grid(curve, Cost);
        var markers = new PricingCharts.Markers(Pricing.Suggestion.CurrentPrice, Pricing.Suggestion.SuggestedPrice, Price);
        UnitsChart = PricingCharts.Units(grid, _history, markers);
        MoneyChart = PricingCharts.Money(grid, markers, ShowsProfit);
    }
}
