using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class ForecastAtPriceTests
{
    private static DemandForecast Forecast(double point, double low, double high) =>
        new("P", new DateOnly(2026, 1, 1), Enumerable.Repeat(point, 28).ToArray(), Enumerable.Repeat(low, 28).ToArray(),
            Enumerable.Repeat(high, 28).ToArray(), new double[28], new double[28], "SSA", new Dictionary<string, string>(), [],
            new ForecastAccuracy(1, 1, 0.8, 0.95, 6, 168));

    private static DemandCurve Curve(double elasticity, double low, double high) => new(10, 5, elasticity, low, high, null, false, 8, 12);

    [Fact]
    public void At_todays_price_it_is_the_forecast_itself()
    {
        var r = ForecastAtPrice.Next(Forecast(5, 4, 6.5), Curve(-2, -3, -1), 10, 10);
        Assert.Equal(140, r.Units, 9);
        Assert.Equal(112, r.Low80, 9);
        Assert.Equal(182, r.High80, 9);
        Assert.Equal(28, r.Days);
    }

    [Fact]
    public void Ten_percent_dearer_with_elasticity_minus_two_sells_a_fifth_less()
    {
        var r = ForecastAtPrice.Next(Forecast(5, 5, 5), Curve(-2, -2, -2), 10, 11);
        Assert.Equal(140 * Math.Pow(1.1, -2), r.Units, 9); // 115.7 units
        Assert.Equal(r.Units, r.Low80, 9); // nothing uncertain: no range
        Assert.Equal(r.Units, r.High80, 9);
    }

    [Fact]
    public void The_range_widens_with_the_distance_from_todays_price()
    {
        var near = ForecastAtPrice.Next(Forecast(5, 4, 6), Curve(-2, -3, -1), 10, 10.5);
        var far = ForecastAtPrice.Next(Forecast(5, 4, 6), Curve(-2, -3, -1), 10, 14);
        Assert.True(far.High80 / far.Units > near.High80 / near.Units);
        Assert.True(far.Low80 / far.Units < near.Low80 / near.Units);
        // Log half-widths add as independent errors: ln(6/5) and 1 × ln(1.4) for the upper side.
        Assert.Equal(Math.Exp(Math.Sqrt(Math.Pow(Math.Log(1.2), 2) + Math.Pow(Math.Log(1.4), 2))), far.High80 / far.Units, 9);
    }

    [Fact]
    public void Nothing_expected_stays_nothing_at_any_price()
    {
        var r = ForecastAtPrice.Next(Forecast(0, 0, 0.2), Curve(-2, -3, -1), 10, 5);
        Assert.Equal(0, r.Units);
        Assert.Equal(0, r.Low80);
        Assert.Equal(5.6, r.High80, 9);
    }
}
