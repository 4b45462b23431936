using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Tests.Forecasting;

public sealed class PlausibilityTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    [Fact]
    public void A_new_product_with_one_big_order_on_its_second_to_last_day_is_forecast_as_rare()
    {
        var forecast = DemandForecaster.Forecast(new DemandHistory("NEW", Start, [60, 0]), new ForecastOptions());
        Assert.Equal(60.0 / 28, forecast.Point[0], 6);
        Assert.True(ForecastPlausibility.Next28Days(forecast) <= 60 + 1e-9);
        Assert.Contains("spreads", forecast.Reasons[0]);
    }

    [Fact]
    public void A_young_product_that_sells_every_day_keeps_its_recent_average()
    {
        var forecast = DemandForecaster.Forecast(new DemandHistory("YOUNG", Start, [5, 4, 6, 5, 5, 4, 6, 5, 5, 5]), new ForecastOptions());
        Assert.Equal(5, forecast.Point[0], 6);
    }

    [Fact]
    public void An_implausible_forecast_is_replaced_by_the_plain_recent_rate()
    {
        var history = new double[120];
        for (var i = 0; i < history.Length; i++) history[i] = i % 7 == 0 ? 2 : 1;
        var wild = new DemandForecast("P", Start.AddDays(120), Enumerable.Repeat(500.0, 28).ToArray(), new double[28], new double[28], new double[28], new double[28],
            "SSA", new Dictionary<string, string>(), [], new ForecastAccuracy(1, 1, 0.8, 0.95, 6, 28));
        var guarded = ForecastPlausibility.Guard(wild, history, (rate, method, reasons) => wild with { Point = Enumerable.Repeat(rate, 28).ToArray(), Method = method, Reasons = reasons });
        Assert.Equal(history[^56..].Average(), guarded.Point[0], 9);
        Assert.Contains("plausibility", guarded.Method);
        Assert.Contains("more than 3×", guarded.Reasons[0]);
        Assert.True(ForecastPlausibility.Next28Days(guarded) <= ForecastPlausibility.Best28Days(history));
    }

    [Fact]
    public void A_plausible_forecast_passes_untouched()
    {
        var history = Enumerable.Repeat(3.0, 90).ToArray();
        var forecast = DemandForecaster.Forecast(new DemandHistory("P", Start, history), new ForecastOptions());
        Assert.DoesNotContain("plausibility", forecast.Method);
        Assert.Equal(3, forecast.Point[0], 6);
    }

    [Fact]
    public void Ranges_never_reach_past_the_best_day_ever()
    {
        var f = new DemandForecast("P", Start, [5, 5], [1, 1], [400, 9], [0, 0], [900, 12], "SSA", new Dictionary<string, string>(), [],
            new ForecastAccuracy(1, 1, 0.8, 0.95, 6, 28));
        var clamped = ForecastPlausibility.ClampBands(f, bestDay: 20);
        Assert.Equal([20, 9], clamped.Upper80);
        Assert.Equal([30, 12], clamped.Upper95);
        Assert.Equal([5, 5], clamped.Point);
    }

    [Fact]
    public void Best_28_days_is_the_largest_sum_of_consecutive_days()
    {
        var units = new double[100];
        units[40] = 10;
        units[60] = 7;
        Assert.Equal(17, ForecastPlausibility.Best28Days(units));
        Assert.Equal(5, ForecastPlausibility.Best28Days([2, 3]));
    }
}
