namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// The shop-wide peaks a forecast can count down to: Black Friday (fourth Friday of November), Christmas, New Year,
/// and the Chinese shopping festivals 11.11 and 6.18. A peak counts as the shop's own when the shop-wide demand index
/// in the week up to it was at least <see cref="PeakRatio"/>× the index of the 8 weeks before, in any year of the data.
/// O(days).
/// </summary>
public static class ShopCalendar
{
    /// <summary>The week-before index ratio (to the 8 weeks before) from which a peak counts as the shop's own.</summary>
    public const double PeakRatio = 1.15;
    /// <summary>The peaks' names; a peak's number elsewhere is its index here.</summary>
    public static readonly string[] Peaks = ["Black Friday", "Christmas", "New Year", "11.11", "6.18"];

    /// <summary>The date of a peak in a year.</summary>
    public static DateOnly PeakIn(int peak, int year) => peak switch
    {
        0 => FourthFriday(year),
        1 => new DateOnly(year, 12, 24),
        2 => new DateOnly(year, 12, 31),
        3 => new DateOnly(year, 11, 11),
        _ => new DateOnly(year, 6, 18),
    };

    /// <summary>Days from <paramref name="day"/> until the next occurrence of the peak (0 on the day itself).</summary>
    public static int DaysUntil(int peak, DateOnly day)
    {
        var next = PeakIn(peak, day.Year);
        if (next < day) next = PeakIn(peak, day.Year + 1);
        return next.DayNumber - day.DayNumber;
    }

    /// <summary>Days since the last occurrence of the peak.</summary>
    public static int DaysSince(int peak, DateOnly day)
    {
        var last = PeakIn(peak, day.Year);
        if (last > day) last = PeakIn(peak, day.Year - 1);
        return day.DayNumber - last.DayNumber;
    }

    /// <summary>The peaks the shop shows in its index, by name (index day 0 = <paramref name="firstDay"/>).</summary>
    public static List<string> Detect(double[] index, DateOnly firstDay)
    {
        var found = new List<string>();
        var lastDay = firstDay.AddDays(index.Length - 1);
        for (var peak = 0; peak < Peaks.Length; peak++)
            for (var year = firstDay.Year; year <= lastDay.Year; year++)
            {
                var at = PeakIn(peak, year).DayNumber - firstDay.DayNumber;
                if (at - 63 < 0 || at >= index.Length) continue;
                var week = Mean(index, at - 6, at + 1);
                var before = Mean(index, at - 63, at - 7);
                if (before > 0 && week >= PeakRatio * before) { found.Add(Peaks[peak]); break; }
            }
        return found;
    }

    private static double Mean(double[] x, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i < to; i++) sum += x[i];
        return sum / Math.Max(1, to - from);
    }

    private static DateOnly FourthFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var offset = ((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 21);
    }
}
