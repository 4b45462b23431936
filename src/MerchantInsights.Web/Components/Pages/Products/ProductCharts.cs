using MerchantInsights.Data.Sales;
using MerchantInsights.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Products;

/// <summary>
/// A product's history as chart traces: units and returns per calendar day (zeros filled), price on days it sold.
/// Years of history become weekly averages (<see cref="ChartDays.Series"/>), so the browser stays quick.
/// </summary>
public static class ProductCharts
{
    public static (IList<ITrace> Units, IList<ITrace> Price) Build(IReadOnlyList<ProductDay> days)
    {
        if (days.Count == 0) return ([], []);
        var byDay = days.ToDictionary(d => d.Day);
        var calendar = Enumerable.Range(0, days[^1].Day.DayNumber - days[0].Day.DayNumber + 1).Select(i => days[0].Day.AddDays(i)).ToList();
        var sold = ChartDays.Series(calendar, calendar.Select(d => byDay.TryGetValue(d, out var v) ? v.Units : 0).ToList());
        var returned = ChartDays.Series(calendar, calendar.Select(d => byDay.TryGetValue(d, out var v) ? -v.Returns : 0).ToList());
        IList<ITrace> units =
        [
            new Bar { Name = Weekly("Units sold", sold), X = sold.X, Y = sold.Y },
            new Bar { Name = Weekly("Units returned", returned), X = returned.X, Y = returned.Y },
        ];
        var priced = days.Where(d => d.AveragePrice is not null).ToList();
        var prices = ChartDays.Series(priced.Select(d => d.Day).ToList(), priced.Select(d => (double)d.AveragePrice!.Value).ToList());
        IList<ITrace> price =
        [
            new Scatter
            {
                Name = Weekly("Average price", prices), Mode = ModeFlag.Lines | ModeFlag.Markers,
                Line = new Line { Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv }, X = prices.X, Y = prices.Y,
            },
        ];
        return (units, price);
    }

    private static string Weekly(string name, ChartSeries series) => series.Weekly ? name + " (a day, by week)" : name;
}
