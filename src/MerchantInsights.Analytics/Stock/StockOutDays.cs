namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// Days a product could not sell because it was out of stock are not days of zero demand. For each day the owner
/// recorded no stock, the run of no-sale days around it (from the day after the last sale before it to the day before
/// the next sale after it; a day after the data counts as the last day of data) is taken as a stock-out, and each of
/// its days gets the product's mean daily demand over the up to <c>baseDays</c> (see <see cref="Fill"/>) days before the run —
/// as if it had kept selling at its recent level. A record on a day with sales changes nothing; so does a run at the
/// very start (no days before it to take a level from). Limits: when the product really sold nothing for a few days
/// before it ran out, those days are filled too (the stock-out's start is not recorded). O(n) per record.
/// </summary>
public static class StockOutDays
{
    /// <summary>The units with each recorded stock-out's run of no-sale days set to the recent mean; the count of days filled.</summary>
    /// <param name="units">Daily units sold, oldest first (not changed).</param>
    /// <param name="firstDay">The date of <paramref name="units"/>[0].</param>
    /// <param name="recorded">Days the owner recorded the product out of stock.</param>
    /// <param name="baseDays">At most this many days before the run are averaged for the filled level (28 by default).</param>
    public static (double[] Units, int DaysFilled) Fill(double[] units, DateOnly firstDay, IEnumerable<DateOnly> recorded,
        int baseDays = 28)
    {
        var result = (double[])units.Clone();
        var filled = 0;
        foreach (var day in recorded)
        {
            var i = Math.Min(day.DayNumber - firstDay.DayNumber, units.Length - 1);
            if (i < 0 || units[i] > 0) continue;
            var (start, end) = (i, i);
            while (start > 0 && units[start - 1] <= 0) start--;
            while (end < units.Length - 1 && units[end + 1] <= 0) end++;
            if (start == 0 || result[start] > 0) continue;
            var from = Math.Max(0, start - baseDays);
            var level = units.AsSpan(from, start - from).ToArray().Average();
            for (var d = start; d <= end; d++) result[d] = level;
            filled += end - start + 1;
        }
        return (result, filled);
    }
}
