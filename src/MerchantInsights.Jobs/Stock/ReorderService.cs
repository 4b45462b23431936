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
        // Every product's forecast and recent demand, read once per forecast version: the stock page opens on all of them.
        var model = await models.CurrentAsync<ForecastSummary>(ModelKinds.Forecast, ct) ?? throw new ModelNotTrainedException("forecasts");
        var forecasts = await models.SharedItemsAsync<ForecastSummary, DemandForecast>(model, ct);
        var recent = await models.ViewAsync(model, "recent demand", c => RecentAsync(null, model.DataTo, c), ct);
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
        var (model, forecasts) = await ForecastsAsync([position.ProductId], ct);
        var forecast = forecasts.GetValueOrDefault(position.ProductId);
        var used = forecast ?? NoDemand(position.ProductId, model.DataTo);
        var recent = (await RecentAsync([position.ProductId], model.DataTo, ct)).GetValueOrDefault(position.ProductId, RecentDemand.None);
        return (ReorderPlanner.Suggest(position, used, recent, model.Summary.ReorderCalibration, options),
            StockProjection.For(position, used, recent, model.Summary.ReorderCalibration, days, options), forecast);
    }

    private async Task<(CurrentModel<ForecastSummary> Model, Dictionary<string,
        DemandForecast> Forecasts)> ForecastsAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var model = await models.CurrentAsync<ForecastSummary>(ModelKinds.Forecast, ct) ?? throw new ModelNotTrainedException("forecasts");
        var forecasts = new Dictionary<string, DemandForecast>(StringComparer.Ordinal);
        foreach (var id in ids)
            if (await models.ItemAsync<DemandForecast>(model.Id, id, ct) is { } one) forecasts[id] = one;
        return (model, forecasts);
    }

    /// <summary>
    /// Each product's <see cref="RecentDemand"/> over the days up to the forecast's last day of data, from its first sale
    /// in that window; of every product that sold in it when <paramref name="ids"/> is null.
    /// </summary>
    private async Task<Dictionary<string, RecentDemand>> RecentAsync(IReadOnlyList<string>? ids, DateOnly dataTo, CancellationToken ct)
    {
        var from = dataTo.AddDays(1 - DemandNoise.Days);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var result = new Dictionary<string, RecentDemand>(StringComparer.Ordinal);
        var window = db.DemandDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= dataTo);
        foreach (var chunk in ids is null ? [null] : ids.Chunk(500).Select(string[]? (c) => c))
        {
            var days = await (chunk is null ? window : window.Where(d => chunk.Contains(d.ProductId)))
                .Select(d => new { d.ProductId, d.Day, d.Units }).ToListAsync(ct);
            foreach (var product in days.GroupBy(d => d.ProductId))
            {
                var first = product.Min(d => d.Day);
                var units = new double[dataTo.DayNumber - first.DayNumber + 1];
                foreach (var d in product) units[d.Day.DayNumber - first.DayNumber] += d.Units;
                result[product.Key] = RecentDemand.From(units);
            }
        }
        return result;
    }

    private static DemandForecast NoDemand(string productId, DateOnly dataTo) =>
        new(productId, dataTo.AddDays(1), new double[28], new double[28], new double[28], new double[28], new double[28], "No recent sales",
            new Dictionary<string, string> { ["candidates"] = "none" },
                ["Nothing sold in the last 90 days, so nothing is expected to sell."],
            new ForecastAccuracy(double.NaN, double.NaN, double.NaN, double.NaN, 0, 0));
}
