using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Training;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// Forecasts every product sold in the last <see cref="TrainingData.ActiveDays"/> days — the per-product SSA engine
/// beside one shop-wide model trained on all of them, chosen per group of similar products on the shop's held-out last
/// weeks — and saves them as one model version, with the spread of lead-time demand measured on the same history
/// (<see cref="LeadTimeCalibration"/>, read by the reorder points).
/// </summary>
public sealed class ForecastStep(ModelStore models) : ITrainingStep
{
    public string Name => "forecast";

    public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress,
        CancellationToken ct)
    {
        var series = demand.ActiveSeries;
        if (series.Count == 0) return $"Forecasts: no product sold in the last {TrainingData.ActiveDays} days, nothing to forecast.";
        var options = new ForecastOptions { Horizon = request.Horizon };
        var products = series.Select(s => new ShopProduct(s.ProductId, s.Category, s.FirstDay, s.Units, s.AveragePrice)
            { ListPrice = s.ListPrice }).ToList();
        var report = new Progress<double>(f => progress.Report(new StepProgress(f, $"Forecasting {products.Count:N0} products")));
        // The lead-time calibration reads only the histories: it fills the cores' idle moments of the forecasting.
        var calibrating = Task.Run(() => LeadTimeCalibration.Build(series.Select(s => s.Units)), ct);
        var shop = await Task.Run(() => ShopForecaster.ForecastAll(products, options, null, report, ct), ct);
        var calibration = await calibrating;
        var summary = ForecastSummary.From(request.Horizon, shop.Forecasts.Values.ToList())
            with { Shop = shop.Accuracy, ReorderCalibration = calibration };
        await models.SaveAsync(ModelKinds.Forecast, series[0].LastDay, summary, shop.Forecasts.OrderBy(f => f.Key, StringComparer.Ordinal),
            ct);
        var held = double.IsFinite(shop.Accuracy.Chosen)
            ? $"; on the last {shop.Accuracy.HeldOutDays} days held out MASE {shop.Accuracy.Chosen:0.00} vs " +
                $"{shop.Accuracy.BestBaseline:0.00} for the best simple method (shop-wide model {shop.Accuracy.ShopModel:0.00})"
            : "";
        return $"Forecasts: {shop.Forecasts.Count:N0} products, next {request.Horizon} days; backtest MASE {summary.MeanMase:0.00} vs " +
            $"{summary.MeanSeasonalNaiveMase:0.00} for repeating last week{held}.";
    }
}
