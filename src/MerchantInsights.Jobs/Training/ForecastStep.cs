using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Demand;

namespace MerchantInsights.Jobs.Training;

/// <summary>Forecasts every product sold in the last 90 days with the SSA engine and saves them as one model version.</summary>
public sealed class ForecastStep(ModelStore models) : ITrainingStep
{
    public string Name => "forecast";

    public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct)
    {
        var series = demand.ActiveSeries;
        if (series.Count == 0) return "Forecasts: no product sold in the last 90 days, nothing to forecast.";
        var options = new ForecastOptions { Horizon = request.Horizon };
        var forecasts = await Task.Run(() => ParallelProducts.Run(series, s => s.ProductId,
            s => DemandForecaster.Forecast(new DemandHistory(s.ProductId, s.FirstDay, s.Units), options), "Forecasting", progress, ct), ct);
        var summary = ForecastSummary.From(request.Horizon, forecasts.Values.ToList());
        await models.SaveAsync(ModelKinds.Forecast, series[0].LastDay, summary, forecasts.OrderBy(f => f.Key, StringComparer.Ordinal), ct);
        return $"Forecasts: {forecasts.Count:N0} products, next {request.Horizon} days; backtest MASE {summary.MeanMase:0.00} vs {summary.MeanSeasonalNaiveMase:0.00} for repeating last week.";
    }
}
