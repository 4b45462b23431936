using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// Reorder point and order quantity from a forecast's distribution over the lead time (continuous review, review
/// period 0): lead-time demand has the mean and variance of <see cref="DemandPath.Total"/>, its service-level quantile
/// (<see cref="CountQuantile"/>) is the reorder point, and the order is the smallest multiple of the pack size that lifts
/// stock on hand to at least that point (Silver, Pyke &amp; Thomas, "Inventory and Production Management in Supply
/// Chains", 4th ed., ch. 6). Days of cover walk the expected daily units until they use up the stock; the stock-out day
/// is the day that happens (the last day of data when nothing is on hand). Cost O(lead time + days of cover, capped at
/// two years + √demand). Limits: stock on order is not counted; demand is the forecast's, not adjusted for price changes.
/// </summary>
public static class ReorderPlanner
{
    /// <summary>Reorder point and order quantity without a calibration: the negative binomial quantile of the forecast.</summary>
    /// <param name="stock">On hand, lead time (days), pack size and unit cost.</param>
    /// <param name="forecast">The product's daily forecast (point and 80% range).</param>
    /// <param name="dispersion">The product's lumpiness, variance / mean of a day's units (<see cref="DemandNoise"/>).</param>
    /// <param name="options">Service level and level-error settings.</param>
    /// <param name="recentMean">The product's recent level, units a day (<see cref="RecentDemand.Level"/>): the floor of
    /// the expected rate (see <see cref="DemandPath"/>); 0 for none.</param>
    public static ReorderSuggestion Suggest(StockPosition stock, DemandForecast forecast, double dispersion, ReorderOptions options,
        double recentMean = 0) =>
        Suggest(stock, forecast, new RecentDemand(dispersion, recentMean, recentMean, 0), null, options);

    /// <summary>
    /// With a <paramref name="calibration"/> measured on the shop's history, the reorder point is the forecast's expected
    /// lead-time demand plus the calibrated spread (<see cref="LeadTimeCalibration.ReorderPoint"/>). The spread was measured
    /// around the recent level (<see cref="RecentDemand.Level"/>), so a forecast above it (a season, a trend) lifts the
    /// point and one below it does not lower it (the back-test never saw such a forecast; on the held-out weeks it cost 2 points of
    /// coverage). It is at least the Poisson
    /// quantile of that demand (shoppers buying independently; a history that happened to be regular does not make the
    /// coming weeks certain). Without one (a model trained before it existed, or no scores at this lead time), the
    /// negative binomial quantile of the forecast's range.
    /// </summary>
    public static ReorderSuggestion Suggest(StockPosition stock, DemandForecast forecast, RecentDemand recent,
        LeadTimeCalibration? calibration,
        ReorderOptions options)
    {
        var lead = Math.Clamp(stock.LeadTimeDays, 0, ReorderOptions.MaxLeadTimeDays);
        var path = DemandPath.From(forecast, recent.Dispersion, Math.Max(lead, ReorderOptions.MaxProjectionDays), options, recent.Level);
        var (mean, variance) = path.Total(lead);
        var reorderPoint = calibration?.ReorderPoint(Math.Max(mean, lead * recent.Level), lead, recent,
            options.ServiceLevel) is { } calibrated
            ? Math.Max(calibrated, CountQuantile.At(mean, mean, options.ServiceLevel))
            : CountQuantile.At(mean, variance, options.ServiceLevel);
        var daily = lead > 0 ? mean / lead : path.Mean(0);
        var cover = DaysOfCover(stock.OnHand, path);
        var lastDay = forecast.FirstForecastDay.AddDays(-1);
        DateOnly? stockout = cover is { } c ? lastDay.AddDays((int)Math.Ceiling(c)) : null;
        var quantity = OrderQuantity(stock.OnHand, reorderPoint, stock.OrderMultiple);
        return new ReorderSuggestion(stock.ProductId, stock.OnHand, lead, stock.OrderMultiple, daily, cover, stockout, mean, reorderPoint,
            quantity, stock.UnitCost, stock.UnitCost * quantity, options.ServiceLevel);
    }

    /// <summary>0 when stock on hand reaches the reorder point, else the smallest multiple of the pack size that gets it there.</summary>
    public static int OrderQuantity(int onHand, int reorderPoint, int multiple)
    {
        if (onHand >= reorderPoint) return 0;
        var pack = Math.Max(1, multiple);
        return (int)Math.Ceiling((reorderPoint - onHand) / (double)pack) * pack;
    }

    /// <summary>Days (fractional) until the expected daily units add up to the stock on hand; null if not within the projection.</summary>
    private static double? DaysOfCover(int onHand, DemandPath path)
    {
        if (onHand <= 0) return 0;
        var used = 0.0;
        for (var d = 0; d < path.Days; d++)
        {
            var mu = path.Mean(d);
            if (used + mu >= onHand) return d + (onHand - used) / mu;
            used += mu;
        }
        return null;
    }
}
