using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Charts;

/// <summary>
/// A shaded range (80% or 95%) as Plotly draws it: an invisible upper edge, then the lower edge filled up to it. The two
/// share a legend entry, so clicking "80% range" hides the whole band.
/// </summary>
public static class ChartBands
{
    public static IEnumerable<ITrace> Band(string name, IList<object> x, IEnumerable<double> low, IEnumerable<double> high, string fill)
    {
        yield return Edge(name, x, high, showLegend: false, fill: null);
        yield return Edge(name, x, low, showLegend: true, fill);
    }

    public static Scatter Line(string name, IList<object> x, IEnumerable<double> y, string color, decimal width = 2) => new()
    {
        Name = name, Mode = ModeFlag.Lines, X = x, Y = y.Select(v => (object)v).ToList(), Line = new Line { Color = color, Width = width },
    };

    private static Scatter Edge(string name, IList<object> x, IEnumerable<double> y, bool showLegend, string? fill) => new()
    {
        Name = name, LegendGroup = name, ShowLegend = showLegend, Mode = ModeFlag.Lines, X = x, Y = y.Select(v => (object)v).ToList(),
        Line = new Line { Width = 0, Color = ChartPalette.None }, Fill = fill is null ? FillEnum.None : FillEnum.ToNextY, FillColor = fill
            ?? ChartPalette.None,
    };
}
