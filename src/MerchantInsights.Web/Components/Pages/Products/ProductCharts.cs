using MerchantInsights.Data.Sales;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Products;

/// <summary>A product's history as chart traces: units and returns per calendar day (zeros filled), price on days it sold.</summary>
public static class ProductCharts
{
    public static (IList<ITrace> Units, IList<ITrace> Price) Build(IReadOnlyList<ProductDay> days)
    {
        if (days.Count == 0) return ([], []);
        var byDay = days.ToDictionary(d => d.Day);
        var calendar = Enumerable.Range(0, days[^1].Day.DayNumber - days[0].Day.DayNumber + 1).Select(i => days[0].Day.AddDays(i)).ToList();
        var x = calendar.Select(d => (object)d.ToString("yyyy-MM-dd")).ToList();
        IList<ITrace> units =
        [
            new Bar { Name = "Units sold", X = x, Y = calendar.Select(d => (object)(byDay.TryGetValue(d, out var v) ? v.Units : 0)).ToList() },
            new Bar { Name = "Units returned", X = x, Y = calendar.Select(d => (object)(byDay.TryGetValue(d, out var v) ? -v.Returns : 0)).ToList() },
        ];
        var priced = days.Where(d => d.AveragePrice is not null).ToList();
        IList<ITrace> price =
        [
            new Scatter
            {
                Name = "Average price", Mode = ModeFlag.Lines | ModeFlag.Markers, Line = new Line { Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv },
                X = priced.Select(d => (object)d.Day.ToString("yyyy-MM-dd")).ToList(),
                Y = priced.Select(d => (object)(double)d.AveragePrice!.Value).ToList(),
            },
        ];
        return (units, price);
    }
}
