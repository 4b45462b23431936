using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Web.Components.Shared;
using Plotly.Blazor;

namespace MerchantInsights.Web.Components.Pages.Forecast;

/// <summary>What the forecast page shows: the current forecast model, the portfolio, and the chosen product's fan chart.</summary>
public sealed class ForecastPageState(ModelStore models, ShopOverview overview, DemandQueries demand)
    : ProductModelState<ForecastSummary, DemandForecast, PortfolioRow>(models, overview, demand, ModelKinds.Forecast)
{
    /// <summary>The decomposition needs two years at most and four weeks at least.</summary>
    private const int DecompositionDays = 730, MinDecompositionDays = 28;

    public DemandForecast? Forecast => Item;
    public IList<ITrace> Fan { get; private set; } = [];
    public IList<ITrace> Decomposition { get; private set; } = [];

    protected override async Task<List<PortfolioRow>> BuildRowsAsync(CurrentModel<ForecastSummary> model, IEnumerable<DemandForecast> items,
        IReadOnlyDictionary<string, ProductTotal> products, CancellationToken ct)
    {
        var last = await Overview.UnitsSinceAsync(model.DataTo.AddDays(1 - model.Summary.Horizon), ct);
        return ForecastPortfolio.Build(items, products, last);
    }

    protected override async Task ShowAsync(PortfolioRow row, DemandForecast item, CancellationToken ct)
    {
        Decomposition = [];
        Fan = ForecastCharts.Fan(item, await LearnedDaysAsync(row.ProductId, ct));
    }

    /// <summary>Splits the chosen product's last two years into trend, repeating pattern and noise (SSA, on demand: it costs a
    /// moment).</summary>
    public async Task DecomposeAsync(CancellationToken ct)
    {
        if (Selected is null || Model is null) return;
        var days = await LearnedDaysAsync(Selected.ProductId, ct);
        var first = Model.DataTo.AddDays(1 - DecompositionDays);
        if (days.Count > 0 && days[0].Day > first) first = days[0].Day;
        var byDay = days.ToDictionary(d => d.Day);
        var units = Enumerable.Range(0, Model.DataTo.DayNumber - first.DayNumber + 1)
            .Select(i => byDay.TryGetValue(first.AddDays(i), out var d) ? d.Units : 0).ToArray();
        if (units.Length < MinDecompositionDays) return;
        var window = Math.Clamp(units.Length / 2 / 7 * 7, 14, 364);
        var components = await Task.Run(() => SsaDecomposition.Decompose(units, window), ct);
        Decomposition = ForecastCharts.Decomposition(components, first);
    }
}
