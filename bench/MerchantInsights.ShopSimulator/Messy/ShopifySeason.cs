namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// When a European homeware shop sells: growth of 20% a year, Sunday-evening browsing, a summer dip and winter high,
/// Black Friday to Cyber Monday (a shop-wide 25% sale with three times the visitors on the Friday), a December
/// peak until the last posting day (21 December) and a quiet Christmas week.
/// </summary>
public static class ShopifySeason
{
    private static readonly double[] Weekday = [1.25, 1.1, 0.95, 0.92, 0.95, 0.88, 0.95]; // Sunday first, like DayOfWeek

    /// <summary>Orders by hour of day, in relative weights (evening peak).</summary>
    public static readonly int[] Hours = [2, 1, 1, 0, 0, 1, 2, 4, 6, 7, 8, 8, 9, 9, 8, 8, 8, 9, 10, 12, 14, 14, 10, 5];

    public static DateOnly BlackFriday(int year)
    {
        var day = new DateOnly(year, 11, 1);
        while (day.DayOfWeek != DayOfWeek.Thursday) day = day.AddDays(1);
        return day.AddDays(22);
    }

    public static List<ShopSale> Sales(MessyShopSize size) =>
        Enumerable.Range(size.First.Year, 3).Select(y => size.DayOf(BlackFriday(y))).Select(d => new ShopSale(d, d + 3, 0.25m)).ToList();

    public static double Demand(DateOnly day, DateOnly first)
    {
        var trend = 1 + 0.2 * (day.DayNumber - first.DayNumber) / 365.0;
        var year = 1 + 0.2 * Math.Cos(2 * Math.PI * (day.DayOfYear - 20) / 365.25);
        var fromBlackFriday = day.DayNumber - BlackFriday(day.Year).DayNumber;
        var peak = fromBlackFriday switch
        {
            0 => 3.0,
            1 or 2 => 2.0,
            3 => 2.2,
            _ when day.Month == 12 && day.Day <= 21 => 1.4 + 0.8 * day.Day / 21.0,
            _ when day.Month == 12 && day.Day <= 26 => 0.35,
            _ when day.Month == 12 => 0.7,
            _ when day.Month == 11 && day.Day >= 10 => 1.25,
            _ => 1.0,
        };
        return trend * year * peak * Weekday[(int)day.DayOfWeek];
    }
}
