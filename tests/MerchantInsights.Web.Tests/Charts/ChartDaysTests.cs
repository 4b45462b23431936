using System.Globalization;
using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Web.Components.Charts;
using MerchantInsights.Web.Components.Pages.Forecast;
using Plotly.Blazor.Traces;

namespace MerchantInsights.Web.Tests.Charts;

public sealed class ChartDaysTests
{
    [Fact]
    public void Chart_dates_are_iso_whatever_the_server_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            var forecast = new DemandForecast("A", new DateOnly(2025, 3, 1), [1, 2], [0, 1], [2, 3], [0, 0], [3, 4], "test",
                new Dictionary<string, string>(), [], new ForecastAccuracy(1, 1, 0.8, 0.95, 1, 28));
            var line = (Scatter)ForecastCharts.Fan(forecast, [])[^1];
            Assert.Equal(["2025-03-01", "2025-03-02"], line.X.Cast<string>());
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Fact]
    public void A_short_history_keeps_every_day()
    {
        var days = Enumerable.Range(0, ChartDays.MaxPoints).Select(i => new DateOnly(2020, 1, 1).AddDays(i)).ToList();
        var series = ChartDays.Series(days, days.Select(_ => 1.0).ToList());
        Assert.False(series.Weekly);
        Assert.Equal(ChartDays.MaxPoints, series.X.Count);
    }

    [Fact]
    public void A_long_history_becomes_one_point_a_week_holding_the_daily_average()
    {
        // 2020-01-06 is a Monday: 3,003 days are 429 whole weeks; day i sells i % 7 units, so every week averages 3.
        var days = Enumerable.Range(0, 3003).Select(i => new DateOnly(2020, 1, 6).AddDays(i)).ToList();
        var series = ChartDays.Series(days, days.Select((_, i) => (double)(i % 7)).ToList());
        Assert.True(series.Weekly);
        Assert.Equal(429, series.X.Count);
        Assert.Equal("2020-01-13", series.X[1]);
        Assert.All(series.Y, y => Assert.Equal(3.0, (double)y));
    }
}
