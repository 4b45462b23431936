using MerchantInsights.Analytics.Stock;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Stock;

/// <summary>The projected-stock chart: expected stock with its 80% range, the reorder point line and the stock-out day.</summary>
public static class StockCharts
{
    public static IList<ITrace> Projection(StockProjection p, ReorderSuggestion s)
    {
        var days = Enumerable.Range(0, p.Expected.Length).Select(i => (object)Iso(p.FirstDay.AddDays(i))).ToList();
        var traces = new List<ITrace>
        {
            new Scatter { Name = "80% range", LegendGroup = "range", ShowLegend = false, Mode = ModeFlag.Lines, X = days,
                Y = Values(p.High80), Line = new Line { Width = 0, Color = "rgba(0,0,0,0)" } },
            new Scatter
            {
                Name = "80% range", LegendGroup = "range", Mode = ModeFlag.Lines, X = days, Y = Values(p.Low80), Fill = FillEnum.ToNextY,
                FillColor = "rgba(25,118,210,0.25)", Line = new Line { Width = 0, Color = "rgba(0,0,0,0)" },
            },
            new Scatter { Name = "Expected stock", Mode = ModeFlag.Lines, X = days, Y = Values(p.Expected),
                Line = new Line { Color = "#1976d2", Width = 2 } },
            new Scatter
            {
                Name = "Reorder point", Mode = ModeFlag.Lines, X = [days[0], days[^1]], Y = [(object)s.ReorderPoint, s.ReorderPoint],
                Line = new Line { Color = "#e65100", Width = 2, Dash = "dash" },
            },
        };
        if (s.StockoutDate is { } day && day >= p.FirstDay.AddDays(-1) && day < p.FirstDay.AddDays(p.Expected.Length))
        {
            var top = Math.Max(s.OnHand, s.ReorderPoint);
            var low = Math.Min(0, p.Low80.Min());
            traces.Add(new Scatter { Name = "Runs out", Mode = ModeFlag.Lines, X = [Iso(day), Iso(day)], Y = [(object)low, top],
                Line = new Line { Color = "#c62828", Width = 2, Dash = "dot" } });
        }
        return traces;
    }

    private static List<object> Values(double[] v) => v.Select(x => (object)Math.Round(x, 2)).ToList();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
