using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// Stock expected at the end of each day if nothing is ordered, with the 80% range around it: on hand minus the 10%
/// and 90% quantiles of the units sold up to that day (the same lead-time distribution the reorder point uses — the
/// calibrated spread when there is one — so the range widens like the level error, not only like day-to-day noise).
/// Values go below zero: that is unmet demand. O(days × √demand) without a calibration, O(days) with one.
/// </summary>
public sealed record StockProjection(DateOnly FirstDay, double[] Expected, double[] Low80, double[] High80)
{
    /// <summary>Projected stock without a calibration: the negative binomial 10% and 90% quantiles of the forecast.</summary>
    /// <param name="stock">On hand and the product.</param>
    /// <param name="forecast">The product's daily forecast (point and 80% range).</param>
    /// <param name="dispersion">The product's lumpiness, variance / mean of a day's units (<see cref="DemandNoise"/>).</param>
    /// <param name="days">Days to project from the day after the data.</param>
    /// <param name="options">Level-error settings.</param>
    /// <param name="recentMean">The product's recent level, units a day (<see cref="RecentDemand.Level"/>): the floor of
    /// the expected rate; 0 for none.</param>
    public static StockProjection For(StockPosition stock, DemandForecast forecast, double dispersion, int days, ReorderOptions options,
        double recentMean = 0) =>
        For(stock, forecast, new RecentDemand(dispersion, recentMean, recentMean, 0), null, days, options);

    /// <summary>With a calibration, the range is its 10% and 90% points around the same centre as the reorder point (decision
    /// 0012).</summary>
    public static StockProjection For(StockPosition stock, DemandForecast forecast, RecentDemand recent, LeadTimeCalibration? calibration,
        int days,
        ReorderOptions options)
    {
        var path = DemandPath.From(forecast, recent.Dispersion, days, options, recent.Level);
        var (expected, low, high) = (new double[days], new double[days], new double[days]);
        for (var d = 0; d < days; d++)
        {
            var (mean, variance) = path.Total(d + 1);
            var centre = Math.Max(mean, (d + 1) * recent.Level);
            expected[d] = stock.OnHand - mean;
            low[d] = stock.OnHand - (calibration?.ReorderPoint(centre, d + 1, recent, 0.90) ?? CountQuantile.At(mean, variance, 0.90));
            high[d] = stock.OnHand - (calibration?.ReorderPoint(centre, d + 1, recent, 0.10) ?? CountQuantile.At(mean, variance, 0.10));
        }
        return new StockProjection(forecast.FirstForecastDay, expected, low, high);
    }
}
