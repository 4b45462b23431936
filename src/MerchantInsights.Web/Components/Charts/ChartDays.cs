using System.Globalization;

namespace MerchantInsights.Web.Components.Charts;

/// <summary>
/// Days on a chart's x axis: ISO dates in the invariant culture (Plotly parses them; a French or Arabic server culture
/// must not change them), and long daily histories thinned to weekly points so a browser never draws more than
/// <see cref="MaxPoints"/> per trace (issue 17).
/// </summary>
public static class ChartDays
{
    public const int MaxPoints = 2000;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static List<object> Axis(IEnumerable<DateOnly> days) => days.Select(d => (object)Iso(d)).ToList();

    /// <summary>
    /// The series as it is when short; beyond <see cref="MaxPoints"/> days, one point per calendar week (Monday's date)
    /// holding the week's daily average, so the axis keeps its per-day units.
    /// </summary>
    public static ChartSeries Series(IReadOnlyList<DateOnly> days, IReadOnlyList<double> values)
    {
        if (days.Count <= MaxPoints) return new ChartSeries(Axis(days), values.Select(v => (object)v).ToList(), Weekly: false);
        var weeks = days.Select((d, i) => (Week: d.AddDays(-(((int)d.DayOfWeek + 6) % 7)), Value: values[i]))
            .GroupBy(p => p.Week).OrderBy(g => g.Key).ToList();
        return new ChartSeries(Axis(weeks.Select(g => g.Key)), weeks.Select(g => (object)g.Average(p => p.Value)).ToList(), Weekly: true);
    }
}
