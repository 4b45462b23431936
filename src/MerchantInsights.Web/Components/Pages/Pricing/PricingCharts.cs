using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Sales;
using MerchantInsights.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Pricing;

/// <summary>Expected units, revenue and profit against price, with 80% bands, the past days behind them and price markers.</summary>
public static class PricingCharts
{
    public const int Points = 60;

    public static (double Min, double Max) SliderRange(DemandCurve curve) =>
        (Math.Round(Math.Min(curve.ReferencePrice * 0.5, curve.MinObservedPrice * 0.8), 2),
         Math.Round(Math.Max(curve.ReferencePrice * 1.5, curve.MaxObservedPrice * 1.2), 2));

    public static IReadOnlyList<WhatIf> Grid(DemandCurve curve, double? cost)
    {
        var (min, max) = SliderRange(curve);
        return Enumerable.Range(0, Points).Select(i => curve.At(min + (max - min) * i / (Points - 1), cost)).ToList();
    }

    public static IList<ITrace> Units(IReadOnlyList<WhatIf> grid, IReadOnlyList<ProductDay> history, Markers m)
    {
        var sold = history.Where(d => d.AveragePrice is not null && d.Units > 0).ToList();
        IList<ITrace> traces =
        [
            new Scatter
            {
                Name = "Past days (price, units)", Mode = ModeFlag.Markers, Marker = new Marker { Size = 5, Color = ChartPalette.PastDots },
                X = sold.Select(d => (object)(double)d.AveragePrice!.Value).ToList(), Y = sold.Select(d => (object)d.Units).ToList(),
            },
            .. Curve("units", grid, w => w.Units, w => w.UnitsLow, w => w.UnitsHigh),
        ];
        return [.. traces, .. m.Lines(Max(grid.Select(w => w.UnitsHigh).Concat(sold.Select(d => d.Units))))];
    }

    public static IList<ITrace> Money(IReadOnlyList<WhatIf> grid, Markers m, bool profit)
    {
        var traces = profit
            ? Curve("profit", grid, w => w.Profit ?? 0, w => w.ProfitLow ?? 0, w => w.ProfitHigh ?? 0)
            : Curve("revenue", grid, w => w.Revenue, w => w.RevenueLow, w => w.RevenueHigh);
        var top = Max(grid.Select(w => profit ? w.ProfitHigh ?? 0 : w.RevenueHigh));
        return [.. traces, .. m.Lines(top)];
    }

    private static IEnumerable<ITrace> Curve(string what, IReadOnlyList<WhatIf> grid, Func<WhatIf, double> mid, Func<WhatIf, double> low,
        Func<WhatIf, double> high)
    {
        var x = grid.Select(w => (object)w.Price).ToList();
        return [.. ChartBands.Band("80% range", x, grid.Select(low), grid.Select(high), ChartPalette.BandAlone),
            ChartBands.Line($"Expected {what} per day", x, grid.Select(mid), ChartPalette.Model)];
    }

    private static double Max(IEnumerable<double> values) => values.Where(double.IsFinite).DefaultIfEmpty(1).Max();

    /// <summary>Vertical lines at the current, suggested and slider prices.</summary>
    public sealed record Markers(double Current, double Suggested, double Chosen)
    {
        public IEnumerable<ITrace> Lines(double top)
        {
            yield return Line("Current price", Current, top, ChartPalette.Past, "dot");
            yield return Line("Suggested price", Suggested, top, ChartPalette.Suggested, "dash");
            yield return Line("Your price", Chosen, top, ChartPalette.Chosen, "solid");
        }

        private static Scatter Line(string name, double x, double top, string color, string dash) => new()
        {
            Name = name, Mode = ModeFlag.Lines, X = [x, x], Y = [0d, top], Line = new Line { Color = color, Dash = dash, Width = 2 },
        };
    }
}
