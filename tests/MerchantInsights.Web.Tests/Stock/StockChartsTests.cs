using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Web.Components.Pages.Stock;
using Plotly.Blazor.Traces;

namespace MerchantInsights.Web.Tests.Stock;

public sealed class StockChartsTests
{
    private static readonly DateOnly First = new(2026, 3, 12);

    private static DemandForecast Constant(double rate) => new("MUG", First, Enumerable.Repeat(rate, 28).ToArray(), new double[28],
        Enumerable.Repeat(rate + 1.2816 * Math.Sqrt(rate), 28).ToArray(), new double[28], new double[28], "Test",
        new Dictionary<string, string>(), [], new ForecastAccuracy(double.NaN, double.NaN, double.NaN, double.NaN, 0, 0));

    [Fact]
    public void The_chart_shows_the_range_expected_stock_reorder_point_and_stock_out_day()
    {
        var stock = new StockPosition("MUG", 10, 10, 6, null);
        var (forecast, options) = (Constant(2), new ReorderOptions());
        var suggestion = ReorderPlanner.Suggest(stock, forecast, 1, options);
        var traces = StockCharts.Projection(StockProjection.For(stock, forecast, 1, 28, options), suggestion).Cast<Scatter>().ToList();

        Assert.Equal(["80% range", "80% range", "Expected stock", "Reorder point", "Runs out"], traces.Select(t => t.Name));
        Assert.Equal(8.0, traces[2].Y[0]); // 10 on hand less the first day's 2
        Assert.All(traces[3].Y, y => Assert.Equal(28, y));
        Assert.Equal(["2026-03-16", "2026-03-16"], traces[4].X); // 10 units at 2 a day: gone at the end of the fifth day
    }

    [Fact]
    public void Stock_that_outlasts_the_chart_has_no_stock_out_line()
    {
        var stock = new StockPosition("MUG", 1000, 10, 6, null);
        var (forecast, options) = (Constant(2), new ReorderOptions());
        var traces = StockCharts.Projection(StockProjection.For(stock, forecast, 1, 28, options), ReorderPlanner.Suggest(stock, forecast, 1, options));
        Assert.DoesNotContain(traces.Cast<Scatter>(), t => t.Name == "Runs out");
    }

    [Fact]
    public void Words_say_when_stock_is_out_or_needs_no_order()
    {
        var options = new ReorderOptions();
        var empty = ReorderPlanner.Suggest(new StockPosition("MUG", 0, 10, 1, null), Constant(2), 1, options);
        Assert.Equal("Out of stock since the data ends (11 Mar 2026).", StockText.Cover(empty, First.AddDays(-1)));
        Assert.EndsWith("enter a unit cost to see the cash it ties up.", StockText.Order(empty));
        var plenty = ReorderPlanner.Suggest(new StockPosition("MUG", 500, 10, 1, null), Constant(2), 1, options);
        Assert.Equal("No order needed yet: stock on hand is at or above the reorder point.", StockText.Order(plenty));
    }
}
