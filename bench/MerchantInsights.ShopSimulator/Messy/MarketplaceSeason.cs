namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// When a Chinese online tea shop sells: 30% growth a year, a little more at weekends, late-evening orders, the
/// spring new-tea season, a summer dip, the 618 and Double 11 festivals (shop-wide sales, six times a normal day on
/// 11 November), Double 12, gift buying before Chinese New Year and almost nothing while couriers stop for it.
/// </summary>
public static class MarketplaceSeason
{
    private static readonly double[] Weekday = [1.1, 0.95, 0.95, 0.97, 1.0, 1.0, 1.08]; // Sunday first
    private static readonly DateOnly[] NewYear = [new(2024, 2, 10), new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6)];

    /// <summary>Orders by hour of day, in relative weights (late-evening peak).</summary>
    public static readonly int[] Hours = [6, 3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 7, 8, 7, 7, 7, 7, 7, 8, 10, 13, 15, 14, 10];

    public static List<ShopSale> Sales(MessyShopSize size) => Enumerable.Range(size.First.Year - 1, 4).SelectMany(y => new[]
    {
        new ShopSale(size.DayOf(new DateOnly(y, 11, 1)), size.DayOf(new DateOnly(y, 11, 11)), 0.2m),
        new ShopSale(size.DayOf(new DateOnly(y, 6, 1)), size.DayOf(new DateOnly(y, 6, 18)), 0.15m),
        new ShopSale(size.DayOf(new DateOnly(y, 12, 10)), size.DayOf(new DateOnly(y, 12, 12)), 0.1m),
    }).ToList();

    public static bool Festival(DateOnly day) => day.Month == 11 && day.Day <= 11 || day.Month == 6 && day.Day <= 18;

    public static double Demand(DateOnly day, DateOnly first)
    {
        var trend = 1 + 0.3 * (day.DayNumber - first.DayNumber) / 365.0;
        var summer = 1 - 0.2 * Math.Exp(-Math.Pow((day.DayOfYear - 210) / 30.0, 2));
        var toNewYear = NewYear.Select(n => n.DayNumber - day.DayNumber).Where(n => n >= -7).DefaultIfEmpty(999).Min();
        var peak = (day.Month, day.Day) switch
        {
            (11, 11) => 6.0,
            (11, <= 10) => 1.4,
            (11, 12) => 1.3,
            (6, 18) => 3.5,
            (6, < 18) => 1.3,
            (12, 12) => 2.2,
            _ when toNewYear is >= -7 and <= 10 => 0.3,
            _ when toNewYear is > 10 and <= 20 => 1.5,
            (3, >= 20) or (4, _) => 1.25,
            _ => 1.0,
        };
        return trend * summer * peak * Weekday[(int)day.DayOfWeek];
    }
}
