namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// How busy the shop is on a day relative to its autumn level (1.0 in October): a strong spring (March–May about four
/// times autumn), a fading summer. Watering has its own summer hump on top, and the July heat waves triple it.
/// Values are set for the 15th of each month and interpolated in between.
/// </summary>
public static class GardenSeason
{
    /// <summary>January to December, the 15th of each month.</summary>
    public static readonly double[] Shop = [0.8, 1.6, 3.6, 4.4, 4.0, 2.4, 1.8, 1.4, 1.1, 1.0, 0.8, 0.7];

    /// <summary>The watering factor on top of <see cref="Shop"/>: weak in early spring, the peak in July–August.</summary>
    public static readonly double[] Watering = [0.4, 0.4, 0.5, 0.6, 0.8, 1.4, 1.9, 2.0, 1.2, 1.0, 0.9, 0.5];

    public static double Level(DateOnly day, bool watering)
    {
        var level = Interpolate(Shop, day);
        if (!watering) return level;
        level *= Interpolate(Watering, day);
        return GardenCalendar.HeatWaves.Any(h => GardenCalendar.Within(day, h)) ? level * GardenCalendar.HeatWaveFactor : level;
    }

    private static double Interpolate(double[] monthly, DateOnly day)
    {
        var mid = new DateOnly(day.Year, day.Month, 15);
        var (from, to) = day < mid ? (mid.AddMonths(-1), mid) : (mid, mid.AddMonths(1));
        var t = (day.DayNumber - from.DayNumber) / (double)(to.DayNumber - from.DayNumber);
        return monthly[from.Month - 1] * (1 - t) + monthly[to.Month - 1] * t;
    }
}
