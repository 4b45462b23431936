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

    /// <summary>A break is at least this many days in a row on which nothing sold anywhere in the shop (a weekly closing day is
    /// not one).</summary>
    public const int MinClosedDays = 3;
    /// <summary>A weekday counts as a closing day when the shop sold nothing on each of its last this many.</summary>
    public const int ClosedWeeks = 8;
    /// <summary>Runs of unsold days count as closed only when the shop's own rate makes them this unlikely by chance: e^−7 ≈ 1 in
    /// 1,000 (a shop selling a unit a day goes a week without a sale about that rarely).</summary>
    private const double ChanceUnits = 7;

    /// <summary>A run of days on which the whole shop sold nothing.</summary>
    public sealed record Closure(DateOnly From, DateOnly To);

    /// <summary>
    /// The shop's year-end breaks in its daily units (all products; day 0 = <paramref name="firstDay"/>): runs of at least
    /// <see cref="MinClosedDays"/> days on which nothing sold anywhere in the shop, with sales on both sides, overlapping 20
    /// December – 10 January, and unlikely by chance (the shop's mean over the 4 weeks before × the run's length ≥ 7 units).
    /// Only the year-end: it falls on the same dates every year, where other breaks (Easter, a summer holiday) move. O(days).
    /// </summary>
    public static List<Closure> YearEndClosures(double[] shopUnits, DateOnly firstDay)
    {
        var found = new List<Closure>();
        for (var t = 0; t < shopUnits.Length; t++)
        {
            if (shopUnits[t] > 0) continue;
            var end = t;
            while (end + 1 < shopUnits.Length && shopUnits[end + 1] <= 0) end++;
            var (from, to, length) = (firstDay.AddDays(t), firstDay.AddDays(end), end - t + 1);
            var before = shopUnits[Math.Max(0, t - 28)..t];
            if (t > 0 && end + 1 < shopUnits.Length && length >= MinClosedDays && OverlapsYearEnd(from, to)
                && before.Average() * length >= ChanceUnits) found.Add(new Closure(from, to));
            t = end;
        }
        return found;
    }

    /// <summary>
    /// The weekdays the shop is closed on: nothing sold anywhere in the shop on each of the last <see cref="ClosedWeeks"/> of
    /// that weekday, while on its other days of those weeks it sold at least a unit a day on average (so eight empty days
    /// are not chance). None with less history.
    /// </summary>
    public static List<DayOfWeek> ClosedWeekdays(double[] shopUnits, DateOnly firstDay)
    {
        var closed = new List<DayOfWeek>();
        var span = 7 * ClosedWeeks;
        if (shopUnits.Length < span) return closed;
        var recent = shopUnits[^span..];
        for (var d = 0; d < 7; d++)
        {
            var (on, off) = (Enumerable.Range(0, span).Where(i => i % 7 == d), Enumerable.Range(0, span).Where(i => i % 7 != d));
            if (on.All(i => recent[i] <= 0) && off.Average(i => recent[i]) * ClosedWeeks >= ChanceUnits)
                closed.Add(firstDay.AddDays(shopUnits.Length - span + d).DayOfWeek);
        }
        return closed;
    }

    /// <summary>Per day of a forecast starting on <paramref name="forecastStart"/>: whether the shop is expected to be closed —
    /// one of its closing <paramref name="weekdays"/>, or the same date a year before fell in one of its year-end
    /// <paramref name="closures"/> (it takes the same break again).</summary>
    public static bool[] ClosedDays(IReadOnlyList<Closure> closures, IReadOnlyList<DayOfWeek> weekdays, DateOnly forecastStart, int days) =>
        Enumerable.Range(0, days).Select(h => forecastStart.AddDays(h) is var day && (weekdays.Contains(day.DayOfWeek)
            || closures.Any(c => day.AddYears(-1) >= c.From && day.AddYears(-1) <= c.To))).ToArray();

    private static bool OverlapsYearEnd(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
            if ((d.Month == 12 && d.Day >= 20) || (d.Month == 1 && d.Day <= 10)) return true;
        return false;
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
