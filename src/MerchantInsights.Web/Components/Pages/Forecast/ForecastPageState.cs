using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Training;
using Plotly.Blazor;

namespace MerchantInsights.Web.Components.Pages.Forecast;

/// <summary>What the forecast page shows: the current forecast model, the portfolio, and the chosen product's fan chart.</summary>
public sealed class ForecastPageState(ModelStore models, ShopOverview overview, DemandQueries demand)
{
    private Dictionary<string, DemandForecast> _forecasts = new(StringComparer.Ordinal);

    public CurrentModel<ForecastSummary>? Model { get; private set; }
    public List<PortfolioRow> Portfolio { get; private set; } = [];
    public PortfolioRow? Selected { get; private set; }
    public DemandForecast? Forecast { get; private set; }
    public IList<ITrace> Fan { get; private set; } = [];
    public IList<ITrace> Decomposition { get; private set; } = [];

    public async Task LoadAsync(CancellationToken ct)
    {
        Model = await models.CurrentAsync<ForecastSummary>(ModelKinds.Forecast, ct);
        if (Model is null) return;
        var forecasts = await models.AllItemsAsync<DemandForecast>(Model.Id, ct);
        _forecasts = forecasts;
        var products = (await overview.ProductsAsync(null, ct)).ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        var last = await overview.UnitsSinceAsync(Model.DataTo.AddDays(1 - Model.Summary.Horizon), ct);
        Portfolio = ForecastPortfolio.Build(forecasts.Values, products, last);
    }

    public async Task SelectAsync(string? productId, CancellationToken ct)
    {
        Selected = Portfolio.FirstOrDefault(r => r.ProductId == productId) ?? Portfolio.FirstOrDefault();
        Decomposition = [];
        if (Selected is null || !_forecasts.TryGetValue(Selected.ProductId, out var forecast)) return;
        Forecast = forecast;
        Fan = ForecastCharts.Fan(forecast, await CleanDaysAsync(Selected.ProductId, ct));
    }

    /// <summary>The demand the forecast learned from (cancellations netted, free lines out, one-offs capped), as chart days.</summary>
    private async Task<IReadOnlyList<ProductDay>> CleanDaysAsync(string productId, CancellationToken ct) =>
        (await demand.DaysAsync(productId, ct)).Select(d => new ProductDay(d.Day, d.Units, 0, 0, d.AveragePrice)).ToList();

    /// <summary>Splits the chosen product's last two years into trend, repeating pattern and noise (SSA, on demand: it costs a moment).</summary>
    public async Task DecomposeAsync(CancellationToken ct)
    {
        if (Selected is null || Model is null) return;
        var days = await CleanDaysAsync(Selected.ProductId, ct);
        var first = Model.DataTo.AddDays(-729);
        if (days.Count > 0 && days[0].Day > first) first = days[0].Day;
        var byDay = days.ToDictionary(d => d.Day);
        var units = Enumerable.Range(0, Model.DataTo.DayNumber - first.DayNumber + 1)
            .Select(i => byDay.TryGetValue(first.AddDays(i), out var d) ? d.Units : 0).ToArray();
        if (units.Length < 28) return;
        var window = Math.Clamp(units.Length / 2 / 7 * 7, 14, 364);
        var components = await Task.Run(() => SsaDecomposition.Decompose(units, window), ct);
        Decomposition = ForecastCharts.Decomposition(components, first);
    }
}
