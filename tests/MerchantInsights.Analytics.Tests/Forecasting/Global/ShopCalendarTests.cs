using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Analytics.Tests.Forecasting.Global;

public sealed class ShopCalendarTests
{
    private static readonly DateOnly First = new(2023, 11, 1);

    /// <summary>The shop's daily units from <see cref="First"/> over <paramref name="days"/> days: <paramref name="rate"/>, except 0
    /// where <paramref name="closed"/> says.</summary>
    private static double[] Index(int days, Func<DateOnly, bool> closed, double rate = 1) =>
        Enumerable.Range(0, days).Select(t => closed(First.AddDays(t)) ? 0.0 : rate).ToArray();

    private static bool YearEnd(DateOnly d) => d >= new DateOnly(2023, 12, 24) && d <= new DateOnly(2024, 1, 3);

    [Fact]
    public void A_year_end_break_is_found_and_weekly_closing_days_Easter_and_the_first_days_are_not_breaks()
    {
        var easter = (From: new DateOnly(2024, 3, 29), To: new DateOnly(2024, 4, 1));
        var index = Index(400, d => YearEnd(d) || d.DayOfWeek == DayOfWeek.Saturday || d < First.AddDays(5)
            || (d >= easter.From && d <= easter.To));
        var breaks = ShopCalendar.YearEndClosures(index, First);
        var only = Assert.Single(breaks);
        // The same break in a shop selling a third of a unit a day is no break: 11 quiet days happen to it by chance.
        Assert.Empty(ShopCalendar.YearEndClosures(Index(400, YearEnd, rate: 0.3), First));
        Assert.Equal(new DateOnly(2023, 12, 23), only.From); // the Saturday before the break joins it
        Assert.Equal(new DateOnly(2024, 1, 3), only.To);
    }

    [Fact]
    public void A_weekday_is_a_closing_day_only_when_each_of_its_last_eight_sold_nothing()
    {
        var sundays = Index(120, d => d.DayOfWeek == DayOfWeek.Sunday);
        Assert.Equal([DayOfWeek.Sunday], ShopCalendar.ClosedWeekdays(sundays, First));
        Assert.Equal(DayOfWeek.Sunday, First.AddDays(109).DayOfWeek);
        var oneOpen = Index(120, d => d.DayOfWeek == DayOfWeek.Sunday && d != First.AddDays(109)); // one Sunday open, 2 weeks ago
        Assert.Empty(ShopCalendar.ClosedWeekdays(oneOpen, First));
        Assert.Empty(ShopCalendar.ClosedWeekdays(Index(40, d => d.DayOfWeek == DayOfWeek.Sunday), First)); // under eight weeks
        Assert.Empty(ShopCalendar.ClosedWeekdays(Index(120, _ => true), First)); // never sold: nothing to tell
        // A slow shop (half a unit a day) goes eight Sundays without a sale by chance often enough: not a closing day.
        Assert.Empty(ShopCalendar.ClosedWeekdays(Index(120, d => d.DayOfWeek == DayOfWeek.Sunday, rate: 0.5), First));
    }

    [Fact]
    public void Closed_days_ahead_are_last_years_break_on_the_same_dates_and_the_closing_weekdays()
    {
        var closures = new List<ShopCalendar.Closure> { new(new DateOnly(2023, 12, 24), new DateOnly(2024, 1, 3)) };
        var start = new DateOnly(2024, 12, 10);
        var closed = ShopCalendar.ClosedDays(closures, [DayOfWeek.Sunday], start, 28);
        for (var h = 0; h < 28; h++)
        {
            var day = start.AddDays(h);
            var expected = day.DayOfWeek == DayOfWeek.Sunday || (day >= new DateOnly(2024, 12, 24) && day <= new DateOnly(2025, 1, 3));
            Assert.True(expected == closed[h], $"{day}");
        }
    }

    [Fact]
    public void A_shop_closed_on_Sundays_and_over_last_year_end_is_forecast_at_zero_then_and_told_why()
    {
        var days = new DateOnly(2024, 12, 9).DayNumber - First.DayNumber + 1;
        var shop = SimulatedShop.Build(24, First, days, d => YearEnd(d) || d.DayOfWeek == DayOfWeek.Sunday ? 0 : 1, (_, _) => false, seed: 5);
        shop.Add(new ShopProduct("NEW", "Tea", First.AddDays(days - 6), [3, 2, 4, 3, 0, 2], [10, 10, 10, 10, null, 10]));
        var result = ShopForecaster.ForecastAll(shop, new ForecastOptions());
        var start = new DateOnly(2024, 12, 10);
        foreach (var f in result.Forecasts.Values)
        {
            Assert.Equal(start, f.FirstForecastDay);
            for (var h = 0; h < 28; h++)
            {
                var day = start.AddDays(h);
                var closed = day.DayOfWeek == DayOfWeek.Sunday || (day >= new DateOnly(2024, 12, 24) && day <= new DateOnly(2025, 1, 3));
                if (closed) Assert.True(f.Point[h] == 0 && f.Upper80[h] == 0 && f.Upper95[h] == 0, $"{f.ProductId} {day}");
            }
            Assert.Contains(f.Reasons, r => r.Contains("year-end break", StringComparison.Ordinal)
                && r.Contains("24 Dec 2023", StringComparison.Ordinal));
        }
        var regular = result.Forecasts["P0"];
        Assert.True(regular.Point[0] > 0, "an open day keeps its forecast");
        Assert.Contains(result.Forecasts["NEW"].Reasons, r => r.Contains("Sundays", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shop_younger_than_the_held_out_window_is_forecast_without_closing_days()
    {
        var young = new List<ShopProduct> { new("MUG", "Kitchen", new DateOnly(2026, 1, 1), [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2],
            [.. Enumerable.Repeat<double?>(5, 20)]) };
        var result = ShopForecaster.ForecastAll(young, new ForecastOptions());
        Assert.Null(result.Model);
        Assert.True(result.Forecasts["MUG"].Point.Sum() > 0);
    }
}
