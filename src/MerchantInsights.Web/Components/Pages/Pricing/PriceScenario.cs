using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Sales;
using Plotly.Blazor;

namespace MerchantInsights.Web.Components.Pages.Pricing;

/// <summary>
/// One product's what-if at the slider's price and cost. Moving a slider only evaluates the stored demand curve (no
/// training on the circuit), and only the what-if redraws, not the page's table.
/// </summary>
public sealed class PriceScenario
{
    private readonly IReadOnlyList<ProductDay> _history;

    private readonly DemandForecast? _forecast;

    /// <param name="history">The days the price response was learned from: real prices only, cancellations netted, one-offs capped.</param>
    /// <param name="forecast">The product's demand forecast at today's price, when it has one: the what-if moves it to the slider's
    /// price.</param>
    public PriceScenario(ProductPricing pricing, IReadOnlyList<ProductDay> history, DemandForecast? forecast = null)
    {
        Pricing = pricing;
        _history = history;
        _forecast = forecast;
        Price = pricing.Suggestion.SuggestedPrice;
        Cost = pricing.Curve.UnitCost;
        Update();
    }

    public ProductPricing Pricing { get; }
    public double Price { get; private set; }
    public double? Cost { get; private set; }
    public WhatIf AtPrice { get; private set; } = null!;
    public WhatIf AtCurrent { get; private set; } = null!;

    /// <summary>The forecast's next days at the slider's price (null without a forecast or a current price).</summary>
    public UnitsAtPrice? Forecast { get; private set; }
    public IList<ITrace> UnitsChart { get; private set; } = [];
    public IList<ITrace> MoneyChart { get; private set; } = [];
    public bool ShowsProfit => Cost is not null;

    public void SetPrice(double price) { Price = price; Update(); }

    public void SetCost(double cost) { Cost = cost; Update(); }

    private void Update()
    {
        var curve = Pricing.Curve;
        AtPrice = curve.At(Price, Cost);
        AtCurrent = curve.At(Pricing.Suggestion.CurrentPrice, Cost);
        Forecast = _forecast is { } f && Pricing.Suggestion.CurrentPrice > 0 && Price > 0
            ? ForecastAtPrice.Next(f, curve, Pricing.Suggestion.CurrentPrice, Price) : null;
        var grid = PricingCharts.Grid(curve, Cost);
        var markers = new PricingCharts.Markers(Pricing.Suggestion.CurrentPrice, Pricing.Suggestion.SuggestedPrice, Price);
        UnitsChart = PricingCharts.Units(grid, _history, markers);
        MoneyChart = PricingCharts.Money(grid, markers, ShowsProfit);
    }
}
