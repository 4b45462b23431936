using System.Globalization;
using MerchantInsights.Data.Alerts;
using MerchantInsights.Data.Sales;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Alerts;

/// <summary>The product's flagged days as red markers on its units chart (every day of a drop), the reason on hover.</summary>
public static class AlertMarks
{
    public const string Name = "Flagged by an alert";

    public static ITrace? Trace(IReadOnlyList<AlertRow> rows, IReadOnlyList<ProductDay> days)
    {
        var units = days.ToDictionary(d => d.Day, d => d.Units);
        var marks = rows.Where(r => !r.Dismissed)
            .SelectMany(r => Enumerable.Range(0, r.Alert.To.DayNumber - r.Alert.From.DayNumber + 1)
                .Select(i => (Day: r.Alert.From.AddDays(i), r.Alert)))
            .DistinctBy(m => m.Day).OrderBy(m => m.Day).ToList();
        if (marks.Count == 0) return null;
        return new Scatter
        {
            Name = Name, Mode = ModeFlag.Markers,
            Marker = new Marker { Color = "#d32f2f", Size = 9, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen },
            X = marks.Select(m => (object)m.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
            Y = marks.Select(m => (object)units.GetValueOrDefault(m.Day)).ToList(),
            HoverTextArray = marks.Select(m => AlertWords.Sentence(m.Alert.Reason)).ToList(),
        };
    }
}
