using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Storage;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Training;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Jobs.Stock;

/// <summary>
/// Reorder suggestions from the current forecast model: each product's forecast, what its last half-year of cleaned
/// demand was like (<see cref="RecentDemand"/>) and the spread of lead-time demand the model measured on the shop's
/// history (<see cref="LeadTimeCalibration"/>; models trained before it existed fall back to the forecast's range), into
/// <see cref="ReorderPlanner"/>. A product without a forecast (no sale in the last 90 days) is expected to sell nothing.
/// Throws <see cref="ModelNotTrainedException"/> before training.
/// </summary>
public sealed class ReorderService(ModelStore models, IDbContextFactory<SalesDbContext> contexts)
{
    public async Task<ReorderPlan> PlanAsync(IReadOnlyList<StockPosition> positions, ReorderOptions options, CancellationToken ct)
    {
        var (model, forecasts, recent) = await InputsAsync(ct);
        var calibration = model.Summary.ReorderCalibration;
        var suggestions = positions.Select(p => ReorderPlanner.Suggest(p, forecasts.GetValueOrDefault(p.ProductId)
            ?? NoDemand(p.ProductId, model.DataTo),
            recent.GetValueOrDefault(p.ProductId, RecentDemand.None), calibration, options)).ToList();
        return new ReorderPlan(model.DataTo, model.TrainedAt, suggestions);
    }

    /// <summary>One product's forecast, lumpiness and projected stock for its chart (null forecast when it has none).</summary>
    public async Task<(ReorderSuggestion Suggestion, StockProjection Projection,
        DemandForecast? Forecast)> ProjectAsync(StockPosition position,
        ReorderOptions options, int days, CancellationToken ct)
    {
        var (model, forecasts, recent) = await InputsAsync(ct);
        var forecast = forecasts.GetValueOrDefault(position.ProductId);
        var used = forecast ?? NoDemand(position.ProductId, model.DataTo);
        var demand = recent.GetValueOrDefault(position.ProductId, RecentDemand.None);
        return (ReorderPlanner.Suggest(position, used, demand, model.Summary.ReorderCalibration, options),
            StockProjection.For(position, used, demand, model.Summary.ReorderCalibration, days, options), forecast);
    }

    /// <summary>
    /// The current forecast model with every product's forecast and recent demand, read once per forecast version and
    /// shared: the stock page opens on all products, then charts one of them.
    /// </summary>
    private async Task<(CurrentModel<ForecastSummary> Model, IReadOnlyDictionary<string, DemandForecast> Forecasts,
        Dictionary<string, RecentDemand> Recent)> InputsAsync(CancellationToken ct)
    {
        var model = await models.CurrentAsync<ForecastSummary>(ModelKinds.Forecast, ct) ?? throw new ModelNotTrainedException("forecasts");
        var forecasts = await models.SharedItemsAsync<ForecastSummary, DemandForecast>(model, ct);
        var recent = await models.ViewAsync(model, "recent demand", c => RecentAsync(model.DataTo, c), ct);
        return (model, forecasts, recent);
    }

    /// <summary>
    /// Each product's <see cref="RecentDemand"/> over the days up to the forecast's last day of data, from its first sale
    /// in that window, for every product that sold in it.
    /// </summary>
    private async Task<Dictionary<string, RecentDemand>> RecentAsync(DateOnly dataTo, CancellationToken ct)
    {
        var from = dataTo.AddDays(1 - DemandNoise.Days);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var days = await db.DemandDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= dataTo)
            .Select(d => new { d.ProductId, d.Day, d.Units }).ToListAsync(ct);
        var result = new Dictionary<string, RecentDemand>(StringComparer.Ordinal);
        foreach (var product in days.GroupBy(d => d.ProductId))
        {
            var first = product.Min(d => d.Day);
            var units = new double[dataTo.DayNumber - first.DayNumber + 1];
            foreach (var d in product) units[d.Day.DayNumber - first.DayNumber] += d.Units;
            result[product.Key] = RecentDemand.From(units);
        }
        return result;
    }

    private static DemandForecast NoDemand(string productId, DateOnly dataTo) =>
        new(productId, dataTo.AddDays(1), new double[28], new double[28], new double[28], new double[28], new double[28], "No recent sales",
            new Dictionary<string, string> { ["candidates"] = "none" },
                ["Nothing sold in the last 90 days, so nothing is expected to sell."],
            new ForecastAccuracy(double.NaN, double.NaN, double.NaN, double.NaN, 0, 0));
}
