using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// What one product usually sells around a day, judged on the days on both sides of it: the units of each day divided by
/// the shop-wide index of that day (<see cref="ShopDemandIndex"/>: a Black Friday that lifts the whole shop 3× lifts the
/// expectation 3×), the median of those over the window (per weekday for products that sell every day), the median
/// selling day, and the spread as an overdispersion factor (variance over mean; 1 for Poisson noise). Days on
/// promotion or in a promotion's dip and days the shop did not trade are left out of the reference.
/// O(window · log window) per call.
/// </summary>
internal sealed class DailyReference(double[] units, double[] index, bool[] excluded, AlertOptions options)
{
    /// <summary>A level in index units (× the day's index = expected units), the median selling day, the overdispersion and the busiest
    /// day.</summary>
    public readonly record struct Level(double Median, double SellingDay, double Mean, double Dispersion, int Days, double Busiest);

    public int Length => units.Length;

    /// <summary>The reference for day <paramref name="t"/>: all other days within the window, per weekday when the product sells
    /// enough.</summary>
    public Level Around(int t)
    {
        var all = Collect(t - options.WindowDays, t + options.WindowDays, t, t, 1);
        if (all.Median < options.WeekdayMinUnits) return all;
        var weekday = Collect(t - 7 * options.WeekdayWeeks, t + 7 * options.WeekdayWeeks, t, t, 7, t);
        return weekday.Days >= 6 ? all with { Median = weekday.Median } : all;
    }

    /// <summary>The reference for a run of days: the window before and after it, without the run itself.</summary>
    public Level AroundRun(int from, int to) => Collect(from - options.WindowDays, to + options.WindowDays, from, to, 1);

    private Level Collect(int from, int to, int skipFrom, int skipTo, int step, int anchor = 0)
    {
        from = Math.Max(0, from);
        to = Math.Min(units.Length - 1, to);
        if (step > 1) from += ((anchor - from) % step + step) % step; // first day on the anchor's weekday
        var x = new List<double>(2 * options.WindowDays + 1);
        for (var s = from; s <= to; s += step)
        {
            if (s >= skipFrom && s <= skipTo) continue;
            if (excluded[s] || index[s] <= 0) continue;
            x.Add(units[s] / index[s]);
        }
        if (x.Count == 0) return new Level(0, 0, 0, 1, 0, 0);
        var sorted = x.Order().ToArray();
        var median = SortedQuantiles.At(sorted, 0.5);
        var selling = sorted.Where(v => v > 0).ToArray();
        // Winsorised at the 98th percentile so the spikes being judged do not widen the spread they are judged by.
        var cap = SortedQuantiles.At(sorted, 0.98);
        var (mean, square) = (0.0, 0.0);
        foreach (var v in sorted) { var c = Math.Min(v, cap); mean += c; square += c * c; }
        mean /= sorted.Length;
        var variance = sorted.Length > 1 ? (square - sorted.Length * mean * mean) / (sorted.Length - 1) : 0;
        var dispersion = mean > 0 ? Math.Max(1, variance / mean) : 1;
        return new Level(median, selling.Length == 0 ? 0 : SortedQuantiles.At(selling, 0.5), mean, dispersion, sorted.Length, sorted[^1]);
    }
}
