using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Tests.Stock;

/// <summary>Hand-made forecasts for the stock tests: a daily point and an 80% range of a chosen daily spread.</summary>
internal static class StockForecasts
{
    public static readonly DateOnly LastDataDay = new(2025, 3, 31);
    private const double Z80 = 1.2815515655446004;

    /// <summary>A 28-day forecast of <paramref name="rate"/> a day whose upper 80% bound is rate + 1.2816 σ.</summary>
    public static DemandForecast Constant(double rate, double dailySd, int horizon = 28) =>
        Of(Enumerable.Repeat(rate, horizon).ToArray(), Enumerable.Repeat(dailySd, horizon).ToArray());

    public static DemandForecast Of(double[] point, double[] dailySd, string candidates = "test")
    {
        var upper = point.Zip(dailySd, (p, s) => p + Z80 * s).ToArray();
        var lower = point.Zip(dailySd, (p, s) => Math.Max(0, p - Z80 * s)).ToArray();
        return new DemandForecast("P1", LastDataDay.AddDays(1), point, lower, upper, lower, upper, "Test",
            new Dictionary<string, string> { ["candidates"] = candidates }, [], new ForecastAccuracy(double.NaN, double.NaN, double.NaN, double.NaN, 0, 0));
    }
}
