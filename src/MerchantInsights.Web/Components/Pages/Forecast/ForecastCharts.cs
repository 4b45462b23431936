using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Sales;
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
        var future = Enumerable.Range(0, f.Point.Length).Select(i => (object)Iso(f.FirstForecastDay.AddDays(i))).ToList();
        return
        [
            Band("95% range", future, f.Upper95, null, "rgba(25,118,210,0)"),
            Band("95% range", future, f.Lower95, FillEnum.ToNextY, "rgba(25,118,210,0.15)"),
            Band("80% range", future, f.Upper80, null, "rgba(25,118,210,0)"),
            Band("80% range", future, f.Lower80, FillEnum.ToNextY, "rgba(25,118,210,0.30)"),
            new Scatter
            {
                Name = "Units sold", Mode = ModeFlag.Lines, Line = new Line { Color = "#555", Width = 1 },
                X = pastDays.Select(d => (object)Iso(d)).ToList(),
                Y = pastDays.Select(d => (object)(byDay.TryGetValue(d, out var v) ? v.Units : 0)).ToList(),
            },
            new Scatter { Name = "Forecast", Mode = ModeFlag.Lines, Line = new Line { Color = "#1976d2", Width = 2 }, X = future, Y = f.Point.Select(v => (object)v).ToList() },
        ];
    }

    public static IList<ITrace> Decomposition(SsaComponents c, DateOnly firstDay)
    {
        var x = Enumerable.Range(0, c.Trend.Length).Select(i => (object)Iso(firstDay.AddDays(i))).ToList();
        return
        [
            new Scatter { Name = "Trend", Mode = ModeFlag.Lines, X = x, Y = c.Trend.Select(v => (object)v).ToList() },
            new Scatter { Name = "Repeating pattern", Mode = ModeFlag.Lines, X = x, Y = c.Seasonal.Select(v => (object)v).ToList() },
            new Scatter { Name = "Noise", Mode = ModeFlag.Lines, Opacity = 0.5m, X = x, Y = c.Noise.Select(v => (object)v).ToList() },
        ];
    }

    private static Scatter Band(string name, List<object> x, double[] y, FillEnum? fill, string color) => new()
    {
        Name = name, LegendGroup = name, ShowLegend = fill is not null, Mode = ModeFlag.Lines, X = x, Y = y.Select(v => (object)v).ToList(),
        Line = new Line { Width = 0, Color = "rgba(0,0,0,0)" }, Fill = fill ?? FillEnum.None, FillColor = color,
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
}
