using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;
using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Jobs.Training;

/// <summary>What a forecast model version measured over all its products (shown on the forecast page).</summary>
public sealed record ForecastSummary(int Horizon, int Products, double MeanMase, double MeanSeasonalNaiveMase,
    double Coverage80, double Coverage95, IReadOnlyDictionary<string, int> Methods)
{
    /// <summary>The shop's held-out accuracy: shop-wide model, per-product engine, chosen, baselines (null in older versions).</summary>
    public ShopForecastAccuracy? Shop { get; init; }

    /// <summary>How far lead-time demand strayed from a plain rate on this history (reorder points; null in older versions).</summary>
    public LeadTimeCalibration? ReorderCalibration { get; init; }

    public static ForecastSummary From(int horizon, IReadOnlyList<DemandForecast> forecasts)
    {
        double Mean(Func<ForecastAccuracy, double> pick) =>
            forecasts.Select(f => pick(f.Accuracy)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average();
        return new ForecastSummary(horizon, forecasts.Count, Mean(a => a.Mase), Mean(a => a.SeasonalNaiveMase),
            Mean(a => a.Coverage80), Mean(a => a.Coverage95),
            forecasts.GroupBy(f => f.Method).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()));
    }
}
