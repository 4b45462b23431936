using MerchantInsights.Data.Sales;
using MerchantInsights.Web.Components.Pages.Overview;

namespace MerchantInsights.Web.Tests.Overview;

public sealed class OverviewModelTests
{
    [Fact]
    public void Units_by_weekday_add_up_each_weekday_monday_first()
    {
        // 2025-03-03 is a Monday.
        var days = Enumerable.Range(0, 14).Select(i => new DayTotal(new DateOnly(2025, 3, 3).AddDays(i), 0, i)).ToList();
        Assert.Equal([0 + 7, 1 + 8, 2 + 9, 3 + 10, 4 + 11, 5 + 12, 6 + 13], OverviewModel.UnitsByWeekday(days));
    }

    [Fact]
    public void The_revenue_chart_has_the_daily_line_and_its_7_day_average()
    {
        var days = Enumerable.Range(0, 10).Select(i => new DayTotal(new DateOnly(2025, 3, 1).AddDays(i), 70, 1)).ToList();
        var stats = new SalesStatistics(1, 1, 1, 1, days[0].Day, days[^1].Day, 700, 10);

        var model = OverviewModel.Build(stats, days, [new ProductTotal("SKU", "Mug", "Kitchen", 700, 10, days[0].Day, days[^1].Day, 70)]);

        Assert.Equal(2, model.DailyRevenue.Count);
        var average = (Plotly.Blazor.Traces.Scatter)model.DailyRevenue[1];
        Assert.All(average.Y, y => Assert.Equal(70.0, (double)y));
        Assert.Equal("Mug (SKU)", ((Plotly.Blazor.Traces.Bar)model.TopProducts[0]).Y.Single());
        Assert.False(model.IsEmpty);
    }
}
