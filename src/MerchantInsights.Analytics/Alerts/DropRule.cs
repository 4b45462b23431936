using MathNet.Numerics;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// Runs of days selling far below the usual: candidate runs are consecutive days each at most
/// <see cref="AlertOptions.DropShare"/> of the units expected that day (or zero); a run of at least
/// <see cref="AlertOptions.DropMinDays"/> is judged against the weeks before and after it (without the run itself, so a
/// long outage cannot lower its own bar), scaled by the shop-wide index of its days (a shop closed for Christmas expects
/// nothing). It is flagged when the product usually sells <see cref="AlertOptions.DropMinDailyUnits"/> a day, it missed
/// <see cref="AlertOptions.DropMinMissingUnits"/> units, and its total is beyond the overdispersed Poisson lower tail.
/// Runs in a promotion's dip are expected. A run reaching the last day is the listing-outage alert. O(days · window log window).
/// </summary>
internal static class DropRule
{
    public static void Find(string productId, DateOnly firstDay, DailyReference reference, double[] units, double[] index, PriceDays prices,
        AlertOptions options, List<SalesAlert> alerts)
    {
        var n = units.Length;
        var (low, below) = (new bool[n], new bool[n]);
        for (var t = 0; t < n; t++)
        {
            if (index[t] <= 0) { low[t] = t > 0 && low[t - 1]; continue; } // a closed day neither starts nor ends a run
            var expected = reference.Around(t).Median * index[t];
            low[t] = !prices.Dip[t] && (units[t] == 0 || units[t] <= options.DropShare * expected);
            below[t] = !prices.Dip[t] && units[t] < expected;
        }
        // A day or two below the usual but not far below does not split a drop (a few stray sales during an outage); the run's total still
        // has to be low.
        for (var t = 1; t < n - 1; t++)
        {
            if (low[t] || !low[t - 1]) continue;
            var gap = below[t] && low[t + 1] ? 1 : below[t] && t + 2 < n && below[t + 1] && low[t + 2] ? 2 : 0;
            for (var g = 0; g < gap; g++) low[t + g] = true;
        }
        for (var start = 0; start < n;)
        {
            if (!low[start]) { start++; continue; }
            var end = start;
            while (end + 1 < n && low[end + 1]) end++;
            Judge(productId, firstDay, reference, units, index, start, end, options, alerts);
            start = end + 1;
        }
    }

    private static void Judge(string productId, DateOnly firstDay, DailyReference reference, double[] units, double[] index, int start,
        int end,
        AlertOptions options, List<SalesAlert> alerts)
    {
        var length = end - start + 1;
        var ongoing = end == units.Length - 1;
        if (length < options.DropMinDays || (!ongoing && length > options.MaxPastDropDays)) return;
        var level = reference.AroundRun(start, end);
        if (level.Days < options.MinReferenceDays) return;
        var (expected, sold, trading) = (0.0, 0.0, 0);
        for (var t = start; t <= end; t++)
        {
            expected += level.Median * index[t];
            sold += units[t];
            if (index[t] > 0) trading++;
        }
        var usualDay = trading == 0 ? 0 : expected / trading;
        if (trading < options.DropMinDays || usualDay < options.DropMinDailyUnits) return;
        if (expected - sold < options.DropMinMissingUnits || sold > options.DropShare * expected) return;
        if (LowerTail(sold / level.Dispersion, expected / level.Dispersion) > options.DropTail) return;
        var (from, to) = (firstDay.AddDays(start), firstDay.AddDays(end));
        var severity = ongoing ? AlertSeverity.High : expected - sold >= 7 * usualDay ? AlertSeverity.Medium : AlertSeverity.Low;
        var days = $"{trading} {(trading == 1 ? "day" : "days")}{(ongoing ? " up to the last day of data" : "")} " +
            $"({AlertText.Range(from, to)})";
        var reason = sold == 0
            ? $"sold 0 for {days}; usually {AlertText.Units(usualDay)} a day — is the listing live and the product in stock?"
            : $"sold {AlertText.Units(sold)} in {days}; about {AlertText.Units(expected)} expected ({AlertText.Units(usualDay)} a day) — " +
                $"check the listing, stock and price";
        alerts.Add(new SalesAlert(AlertKind.Drop, productId, from, to, null, sold, expected, severity, reason));
    }

    /// <summary>P(X ≤ k) for X ~ Poisson(rate), continuous in k through the regularised incomplete gamma.</summary>
    public static double LowerTail(double k, double rate) => rate <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(k + 1, rate);
}
