using MerchantInsights.Analytics.Series;
using MerchantInsights.Data.Sales;
using MerchantInsights.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Overview;

/// <summary>Everything the overview page shows, computed outside the component so it can be tested without a browser.</summary>
public sealed record OverviewModel(SalesStatistics Statistics, IList<ITrace> DailyRevenue, IList<ITrace> TopProducts,
    IList<ITrace> WeekdayUnits)
{
    public static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool IsEmpty => Statistics.Lines == 0;

    /// <summary>Revenue of shipping, fees, gift cards and other lines that are not merchandise (part of the revenue, shown apart): brought
    /// in, taken away.</summary>
    public (decimal In, decimal Out) NotMerchandiseRevenue { get; init; }

    /// <summary>Products that are not merchandise (counted apart in the Products tile).</summary>
    public long NotMerchandiseProducts { get; init; }

    /// <summary>Units of merchandise sold (the daily totals leave shipping, fees and gift cards out).</summary>
    public double MerchandiseUnits { get; init; }

    public static OverviewModel Build(SalesStatistics stats, IReadOnlyList<DayTotal> days, IReadOnlyList<ProductTotal> top)
    {
        var dates = days.Select(d => d.Day).ToList();
        var revenue = days.Select(d => (double)d.Revenue).ToList();
        var perDay = ChartDays.Series(dates, revenue);
        var average = ChartDays.Series(dates, MovingAverage.Trailing(revenue, 7));
        IList<ITrace> daily =
        [
            new Scatter
            {
                Name = perDay.Weekly ? "Revenue per day, by week" : "Revenue per day", X = perDay.X, Y = perDay.Y, Mode = ModeFlag.Lines,
                    Opacity = 0.45m,
            },
            new Scatter { Name = "7-day average", X = average.X, Y = average.Y, Mode = ModeFlag.Lines, Line = new Line { Width = 2.5m } },
        ];
        var ranked = top.Take(20).Reverse().ToList();
        IList<ITrace> products =
        [
            new Bar
            {
                Name = "Revenue", Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
                X = ranked.Select(p => (object)(double)p.Revenue).ToList(),
                Y = ranked.Select(p => (object)Label(p)).ToList(),
            },
        ];
        var byWeekday = UnitsByWeekday(days);
        IList<ITrace> weekday =
        [
            new Bar { Name = "Units sold", X = Week.Select(d => (object)d.ToString()[..3]).ToList(), Y = byWeekday.Cast<object>()
                .ToList() },
        ];
        return new OverviewModel(stats, daily, products, weekday) { MerchandiseUnits = days.Sum(d => d.Units) };
    }

    /// <summary>Total units per weekday, Monday first.</summary>
    public static double[] UnitsByWeekday(IEnumerable<DayTotal> days)
    {
        var totals = new double[7];
        foreach (var d in days) totals[Array.IndexOf(Week, d.Day.DayOfWeek)] += d.Units;
        return totals;
    }

    private static string Label(ProductTotal p)
        => ChartText.Label(string.IsNullOrWhiteSpace(p.Name) ? p.ProductId : $"{Shorten(p.Name)} ({p.ProductId})");

    private static string Shorten(string name) => name.Length <= 32 ? name : name[..31] + "…";
}
