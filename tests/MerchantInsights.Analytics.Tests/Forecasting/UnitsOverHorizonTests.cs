using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Tests.Forecasting;

public sealed class UnitsOverHorizonTests
{
    private static DemandForecast Days(double day, double? expected) => new("P", new DateOnly(2026, 1, 1), Enumerable.Repeat(day, 28).ToArray(),
        new double[28], new double[28], new double[28], new double[28], "m", new Dictionary<string, string>(), [],
        new ForecastAccuracy(1, 1, 0.8, 0.95, 1, 28), expected);

    [Theory]
    [InlineData(0, null, 0)]        // no model total: the typical days
    [InlineData(0, 30.0, 30)]       // sold in lumps: typical day 0, the model expects 30
    [InlineData(1, 50.0, 28)]       // 28 typical against 50: within twice, the typical days stand
    [InlineData(1, 60.0, 60)]       // more than twice the typical days: the model's total
    [InlineData(2, 40.0, 56)]       // the model expects less: the typical days stand
    public void The_models_total_replaces_the_typical_days_only_when_it_is_more_than_twice_their_sum(double day, double? expected,
        double units) =>
        Assert.Equal(units, Days(day, expected).UnitsOverHorizon, 9);
}
