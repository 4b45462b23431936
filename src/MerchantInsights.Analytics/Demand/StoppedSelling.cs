namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// A product that has stopped selling: silent for longer than its own earlier rate allows — at least <see cref="MinSilentDays"/>
/// days, and (1 − share)^days &lt; <see cref="SilenceChance"/>, the share of selling days measured over the year before the silence
/// from the product's first sale in it (at least 5 selling days). A product that sold on one day in three and then on none of 28
/// qualifies (0.67²⁸ ≈ 0.00001); one that sold on one day in twenty needs 135 silent days, so a rare seller's usual gaps never do.
/// The data cannot tell why (discontinued, out of stock, out of season, listing offline): on Online Retail a third of the products
/// flagged 8 or 12 weeks before the end sold again within the next 8 weeks. So forecasts and reorder points keep what the engines
/// say (their typical day is already 0) and only explain it; prices are not suggested and the product is not recommended while it is
/// silent (nothing to learn a price response from, nothing to offer). O(n).
/// </summary>
public static class StoppedSelling
{
    /// <summary>A silence shorter than this is never read as "stopped selling" (a slow month is not a discontinued product).</summary>
    public const int MinSilentDays = 28;
    /// <summary>A product has stopped selling when its silence would have this small a chance at its own earlier selling rate.</summary>
    public const double SilenceChance = 0.001;

    /// <summary>The days since the last sale and the share of selling days before them when the silence is too long for that
    /// rate; null otherwise.</summary>
    /// <param name="units">Daily units, oldest first, ending on the last day of data; a day that is not above 0 (none, a net return, a
    /// missing value) is a day without a sale, so raw series need no cleaning first.</param>
    public static (int Days, double SaleDayShare)? Detect(IReadOnlyList<double> units)
    {
        var silent = 0;
        for (var i = units.Count - 1; i >= 0 && !(units[i] > 0); i--) silent++;
        if (silent < MinSilentDays || silent == units.Count) return null;
        var end = units.Count - silent;
        var start = Math.Max(0, end - 365);
        while (start < end && !(units[start] > 0)) start++;
        var saleDays = 0;
        for (var i = start; i < end; i++) if (units[i] > 0) saleDays++;
        if (saleDays < 5) return null;
        var share = saleDays / (double)(end - start);
        return Math.Pow(1 - share, silent) < SilenceChance ? (silent, share) : null;
    }

    /// <summary>In plain words, for the forecast's reasons.</summary>
    public static string Reason(int days, double saleDayShare) =>
        FormattableString.Invariant($"No sale in the last {days} days, although before that it sold on {saleDayShare * 100:0}% of days: ") +
        FormattableString.Invariant($"a silence that long happens by chance less than once in {1 / SilenceChance:N0} times at that rate. ")
        + "It looks discontinued, out of stock or out of season, so it gets no price suggestion and is not recommended until it sells " +
        "again. If it is only out of stock, enter the stock-out on the Stock page: those days then do not count as days without demand.";
}
