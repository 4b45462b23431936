using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Pricing;

/// <summary>Units expected over the forecast's days at a chosen price, with the 80% range.</summary>
public sealed record UnitsAtPrice(double Price, int Days, double Units, double Low80, double High80);

/// <summary>
/// The demand forecast moved to another price: the forecast already holds the product's level, season and calendar at
/// today's price, and the price response says how much a different price changes that, units × (p/p₀)^ε. Both are
/// uncertain; their 80% ranges are combined on the log scale as independent errors (the square root of the sum of
/// squares), so the range widens the further the price moves from today's.
/// </summary>
public static class ForecastAtPrice
{
    /// <summary>
    /// The forecast's days (its whole horizon) at <paramref name="price"/>, when it was made at
    /// <paramref name="currentPrice"/>; units summed over the days, the range 80%.
    /// </summary>
    public static UnitsAtPrice Next(DemandForecast forecast, DemandCurve curve, double currentPrice, double price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(currentPrice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        var (total, low, high) = (forecast.UnitsOverHorizon, forecast.Lower80.Sum(), forecast.Upper80.Sum());
        var days = forecast.Point.Length;
        if (total <= 0) return new UnitsAtPrice(price, days, 0, 0, Math.Max(0, high));

        var logRatio = Math.Log(price / currentPrice);
        double Ratio(double elasticity) => Math.Exp(elasticity * logRatio);
        var units = total * Ratio(curve.Elasticity);
        // Half-widths on the log scale: the forecast's own range, and the elasticity's range times the distance in log price.
        var elasticityHalf = (curve.High80 - curve.Low80) / 2 * Math.Abs(logRatio);
        var down = Math.Sqrt(Square(Math.Log(total / Math.Max(low, total * 1e-6))) + Square(elasticityHalf));
        var up = Math.Sqrt(Square(Math.Log(Math.Max(high, total) / total)) + Square(elasticityHalf));
        return new UnitsAtPrice(price, days, units, units * Math.Exp(-down), units * Math.Exp(up));
    }

    private static double Square(double x) => x * x;
}
