using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Sales;
using MerchantInsights.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Forecast;

/// <summary>The fan chart (recent history, forecast, 80% and 95% bands) and the SSA decomposition as Plotly traces.</summary>
public static class ForecastCharts
{
    public const int HistoryDays = 182;

    public static IList<ITrace> Fan(DemandForecast f, IReadOnlyList<ProductDay> history)
    {
        var byDay = history.ToDictionary(d => d.Day);
        var start = f.FirstForecastDay.AddDays(-HistoryDays);
        var pastDays = Enumerable.Range(0, HistoryDays).Select(i => start.AddDays(i)).ToList();
        var future = ChartDays.Axis(Enumerable.Range(0, f.Point.Length).Select(i => f.FirstForecastDay.AddDays(i)));
        var past = pastDays.Select(d => byDay.TryGetValue(d, out var v) ? v.Units : 0);
        return
        [
            .. ChartBands.Band("95% range", future, f.Lower95, f.Upper95, ChartPalette.Band95),
            .. ChartBands.Band("80% range", future, f.Lower80, f.Upper80, ChartPalette.Band80),
            ChartBands.Line("Units sold", ChartDays.Axis(pastDays), past, ChartPalette.Past, width: 1),
            ChartBands.Line("Forecast", future, f.Point, ChartPalette.Model),
        ];
    }

    public static IList<ITrace> Decomposition(SsaComponents c, DateOnly firstDay)
    {
        var x = ChartDays.Axis(Enumerable.Range(0, c.Trend.Length).Select(firstDay.AddDays));
        return
        [
            new Scatter { Name = "Trend", Mode = ModeFlag.Lines, X = x, Y = c.Trend.Select(v => (object)v).ToList() },
            new Scatter { Name = "Repeating pattern", Mode = ModeFlag.Lines, X = x, Y = c.Seasonal.Select(v => (object)v).ToList() },
            new Scatter { Name = "Noise", Mode = ModeFlag.Lines, Opacity = 0.5m, X = x, Y = c.Noise.Select(v => (object)v).ToList() },
        ];
    }
}
