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

    /// <summary>2 units on every <paramref name="every"/>th day of <paramref name="sellingDays"/> days, the last of them a sale, then
    /// nothing for <paramref name="silent"/> days.</summary>
    private static double[] ThenSilent(int sellingDays, int silent, int every = 3) =>
        [.. Enumerable.Range(0, sellingDays).Select(i => (sellingDays - 1 - i) % every == 0 ? 2.0 : 0), .. new double[silent]];

    [Theory]
    [InlineData(200, 28, 3, 28)]      // 1 day in 3, then 28 silent days: 0.67^28 ≈ 1e-5
    [InlineData(200, 75, 3, 75)]
    [InlineData(200, 27, 3, null)]    // under four weeks: never
    [InlineData(200, 60, 20, null)]   // 1 day in 20: 0.95^60 ≈ 0.05, a rare seller's usual gap
    [InlineData(400, 140, 20, 140)]   // …but 0.95^140 ≈ 0.0008
    [InlineData(12, 40, 3, null)]     // 4 selling days: too few to know its rate
    public void A_product_has_stopped_selling_only_when_its_silence_is_too_long_for_its_own_rate(int selling, int silent, int every,
        int? expected)
    {
        var stopped = MerchantInsights.Analytics.Demand.StoppedSelling.Detect(ThenSilent(selling, silent, every));
        Assert.Equal(expected, stopped?.Days);
        if (expected is not null) Assert.Equal(1.0 / every, stopped!.Value.SaleDayShare, 0.01);
    }

    [Fact]
    public void A_product_that_stopped_selling_keeps_its_forecast_and_says_why_it_is_about_zero()
    {
        var history = ThenSilent(300, 40);
        var forecast = DemandForecaster.Forecast(new DemandHistory("GONE", Start, history), new ForecastOptions());

        Assert.True(forecast.Reasons[0].StartsWith("No sale in the last 40 days, although before that it sold on 34% of days",
            StringComparison.Ordinal), forecast.Reasons[0]);
        Assert.Contains("out of stock", forecast.Reasons[0]);
        Assert.DoesNotContain("guard", forecast.Method); // the numbers are the engine's: a third of such products sell again
        // the same product still selling says nothing of the kind
        var selling = DemandForecaster.Forecast(new DemandHistory("SELLS", Start, ThenSilent(340, 0)), new ForecastOptions());
        Assert.DoesNotContain(selling.Reasons, r => r.StartsWith("No sale in the last", StringComparison.Ordinal));
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
