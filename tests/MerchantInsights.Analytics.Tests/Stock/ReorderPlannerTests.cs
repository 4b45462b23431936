using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

public sealed class ReorderPlannerTests
{
    private static readonly ReorderOptions Options = new();

    private static ReorderSuggestion Suggest(int onHand, int lead, int multiple, double rate, double dailySd, double dispersion = 1, decimal? cost = 2.5m) =>
        ReorderPlanner.Suggest(new StockPosition("P1", onHand, lead, multiple, cost), StockForecasts.Constant(rate, dailySd), dispersion, Options);

    [Fact]
    public void Constant_Poisson_demand_gives_the_Poisson_quantile_of_lead_time_demand()
    {
        // 2 a day, a daily range that is Poisson noise only: 10 days of lead time is Poisson(20), 95th percentile 28.
        var s = Suggest(onHand: 100, lead: 10, multiple: 1, rate: 2, dailySd: Math.Sqrt(2));
        Assert.Equal(28, s.ReorderPoint);
        Assert.Equal(2, s.DailyDemand, 9);
        Assert.Equal(20, s.LeadTimeDemand, 9);
        Assert.Equal(0, s.OrderQuantity);
    }

    [Fact]
    public void Order_is_the_smallest_multiple_that_reaches_the_reorder_point()
    {
        var s = Suggest(onHand: 3, lead: 10, multiple: 6, rate: 2, dailySd: Math.Sqrt(2));
        Assert.Equal(30, s.OrderQuantity); // 3 + 24 = 27 < 28, 3 + 30 = 33
        Assert.Equal(75m, s.CashTiedUp);
        Assert.Equal(25, Suggest(3, 10, 1, 2, Math.Sqrt(2)).OrderQuantity);
        Assert.Equal(0, Suggest(28, 10, 6, 2, Math.Sqrt(2)).OrderQuantity);
    }

    [Theory]
    [InlineData(3, 17, 6, 18)]
    [InlineData(0, 17, 6, 18)]
    [InlineData(17, 17, 6, 0)]
    [InlineData(40, 17, 6, 0)]
    [InlineData(5, 17, 1, 12)]
    [InlineData(5, 17, 12, 12)]
    [InlineData(5, 18, 12, 24)]
    public void Order_quantity_rounds_up_to_the_pack_size(int onHand, int reorderPoint, int multiple, int expected) =>
        Assert.Equal(expected, ReorderPlanner.OrderQuantity(onHand, reorderPoint, multiple));

    [Fact]
    public void No_stock_runs_out_on_the_last_day_of_data_and_orders_the_whole_reorder_point()
    {
        var s = Suggest(onHand: 0, lead: 10, multiple: 5, rate: 2, dailySd: Math.Sqrt(2));
        Assert.Equal(0, s.DaysOfCover);
        Assert.Equal(StockForecasts.LastDataDay, s.StockoutDate);
        Assert.Equal(30, s.OrderQuantity);
    }

    [Fact]
    public void Stock_runs_out_on_the_day_expected_sales_use_it_up()
    {
        var s = Suggest(onHand: 10, lead: 7, multiple: 1, rate: 4, dailySd: 2);
        Assert.Equal(2.5, s.DaysOfCover!.Value, 9);
        Assert.Equal(StockForecasts.LastDataDay.AddDays(3), s.StockoutDate);
        var exact = Suggest(onHand: 8, lead: 7, multiple: 1, rate: 4, dailySd: 2);
        Assert.Equal(StockForecasts.LastDataDay.AddDays(2), exact.StockoutDate);
    }

    [Fact]
    public void Nothing_expected_to_sell_never_runs_out_and_needs_no_order()
    {
        var s = Suggest(onHand: 5, lead: 14, multiple: 1, rate: 0, dailySd: 0);
        Assert.Null(s.DaysOfCover);
        Assert.Null(s.StockoutDate);
        Assert.Equal(0, s.ReorderPoint);
        Assert.Equal(0, s.OrderQuantity);
    }

    [Fact]
    public void A_lead_time_beyond_the_forecast_repeats_its_last_week()
    {
        double[] week = [1, 1, 1, 1, 2, 6, 2];
        var point = Enumerable.Range(0, 28).Select(d => week[d % 7]).ToArray();
        var forecast = StockForecasts.Of(point, point.Select(Math.Sqrt).ToArray());
        var s = ReorderPlanner.Suggest(new StockPosition("P1", 0, 70, 1, null), forecast, 1, Options);
        Assert.Equal(140, s.LeadTimeDemand, 9);
        Assert.Equal(2, s.DailyDemand, 9);
        Assert.Null(s.CashTiedUp);
    }

    [Fact]
    public void Level_error_widens_long_lead_times_faster_than_the_square_root_of_days()
    {
        // Daily spread 4 of which Poisson noise is √10: the rest is level error shared by all days.
        double Safety(int lead, double dispersion) => Suggest(0, lead, 1, 10, 4, dispersion) is var s ? s.ReorderPoint - s.LeadTimeDemand : 0;
        Assert.True(Safety(90, 1) > 2 * Safety(10, 1) * Math.Sqrt(9), "level error grows like the lead time");
        // All of the spread as day-to-day noise (dispersion 1.6 = 16 / 10) grows like √days.
        Assert.InRange(Safety(90, 1.6) / Safety(10, 1.6), 0.8 * 3, 1.2 * 3);
    }

    [Fact]
    public void A_flat_forecast_adds_the_error_of_its_averaged_rate()
    {
        var flat = StockForecasts.Of(Enumerable.Repeat(2.0, 28).ToArray(), Enumerable.Repeat(Math.Sqrt(2), 28).ToArray(), "flat");
        var s = ReorderPlanner.Suggest(new StockPosition("P1", 0, 10, 1, null), flat, 1, Options);
        // Poisson(20) plus a rate known to ±√(2/28) a day over 10 days: variance 20 + 100·2/28 ≈ 27.1.
        Assert.Equal(CountQuantile.At(20, 20 + 100 * 2 / 28.0, 0.95), s.ReorderPoint);
        Assert.True(s.ReorderPoint > 28);
    }

    [Fact]
    public void A_higher_service_level_needs_more_stock()
    {
        var forecast = StockForecasts.Constant(5, 3);
        var stock = new StockPosition("P1", 0, 14, 1, null);
        var at95 = ReorderPlanner.Suggest(stock, forecast, 1, Options).ReorderPoint;
        var at99 = ReorderPlanner.Suggest(stock, forecast, 1, Options with { ServiceLevel = 0.99 }).ReorderPoint;
        var at80 = ReorderPlanner.Suggest(stock, forecast, 1, Options with { ServiceLevel = 0.80 }).ReorderPoint;
        Assert.True(at80 < at95 && at95 < at99);
    }

    [Fact]
    public void A_median_forecast_of_zero_for_a_slow_seller_is_lifted_to_its_recent_mean()
    {
        // Sells 0.5 a day but the MASE-chosen point is 0: 14 days expect 7 units, the rate known to a 28-day average.
        var zero = StockForecasts.Constant(0, 0);
        var s = ReorderPlanner.Suggest(new StockPosition("P1", 0, 14, 1, null), zero, 1, Options, recentMean: 0.5);
        Assert.Equal(7, s.LeadTimeDemand, 9);
        Assert.Equal(CountQuantile.At(7, 7 + Math.Pow(14 * Math.Sqrt(0.5 / 28), 2), 0.95), s.ReorderPoint);
        Assert.Equal(0, ReorderPlanner.Suggest(new StockPosition("P1", 0, 14, 1, null), zero, 1, Options).ReorderPoint);
    }

    [Fact]
    public void A_declining_forecast_below_the_recent_mean_is_lifted_evenly_not_scaled_onto_its_first_days()
    {
        // 4 units forecast over 28 days, most of them in the first two weeks; the last 28 days sold 0.64 a day.
        var point = Enumerable.Range(0, 28).Select(d => d < 14 ? 0.25 : 4.0 / 14 - 0.25).ToArray();
        var forecast = StockForecasts.Of(point, Enumerable.Repeat(0.3, 28).ToArray());
        var s = ReorderPlanner.Suggest(new StockPosition("P1", 0, 14, 1, null), forecast, 1, Options, recentMean: 0.64);

        var lift = 0.64 - 4.0 / 28;
        Assert.Equal(14 * (0.25 + lift), s.LeadTimeDemand, 9); // 10.5: not 15.7, the first weeks scaled by 0.64 / (4 / 28)
        Assert.Equal(28 * 0.64, Enumerable.Range(0, 28).Sum(d => DemandPath.From(forecast, 1, 28, Options, 0.64).Mean(d)), 9);
    }

    [Fact]
    public void A_forecast_at_or_above_the_recent_mean_is_kept_as_it_is()
    {
        var with = Suggest(onHand: 100, lead: 10, multiple: 1, rate: 2, dailySd: Math.Sqrt(2));
        var forecast = StockForecasts.Constant(2, Math.Sqrt(2));
        var floored = ReorderPlanner.Suggest(new StockPosition("P1", 100, 10, 1, 2.5m), forecast, 1, Options, recentMean: 1.95);
        Assert.Equal(with, floored);
        var scaled = ReorderPlanner.Suggest(new StockPosition("P1", 100, 10, 1, 2.5m), forecast, 1, Options, recentMean: 4);
        Assert.Equal(40, scaled.LeadTimeDemand, 9); // scaled up to 4 a day, keeping the forecast's shape
    }
}
