using MathNet.Numerics;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// One-day spikes: a day's units at least <see cref="AlertOptions.SpikeTimes"/>× both the units expected that day (the
/// median of the days around it, per weekday for steady sellers, × the shop-wide index of the day) and the product's
/// usual selling day, <see cref="AlertOptions.SpikeOverBusiest"/>× the busiest other day around it (lumpy wholesale
/// products have big days often), at least <see cref="AlertOptions.SpikeMinUnits"/>, and beyond the overdispersed Poisson upper tail
/// <see cref="AlertOptions.SpikeTail"/>. A spike on a promotion day, or one the shop-wide index explains (Black Friday),
/// is not flagged but listed as explained. O(days · window log window) per product, only for days above the minimum.
/// </summary>
internal static class SpikeRule
{
    public static void Find(string productId, DateOnly firstDay, DailyReference reference, double[] units, double[] index, PriceDays prices,
        ISet<int> largeOrderDays, AlertOptions options, List<SalesAlert> alerts, List<ExplainedDay> explained)
    {
        for (var t = 0; t < units.Length; t++)
        {
            var u = units[t];
            if (u < options.SpikeMinUnits || index[t] <= 0 || largeOrderDays.Contains(t)) continue;
            var level = reference.Around(t);
            var usual = Math.Max(level.Median, level.SellingDay);
            if (!IsSpike(u, level, index[t], options)) continue;
            var day = firstDay.AddDays(t);
            var expected = level.Median * index[t];
            if (prices.Promotion[t])
            {
                explained.Add(new ExplainedDay(productId, day, u, expected,
                    $"sold {AlertText.Units(u)} on {AlertText.Day(day)} at {AlertText.Percent(prices.Cut[t])} below the regular price — " +
                        $"a promotion, not flagged"));
                continue;
            }
            var ratio = u / Math.Max(usual * index[t], 1);
            var severity = ratio >= 10 ? AlertSeverity.High : ratio >= 5 ? AlertSeverity.Medium : AlertSeverity.Low;
            var busier = index[t] >= 1.15 ?
                $"; the whole shop was {AlertText.Percent(index[t] - 1)} busier than usual that day, which is already counted" : "";
            // "About 0 expected" next to "a usual selling day is 17" reads as a contradiction: a product with no sale on most
            // days around this one is said to be so.
            var expectation = expected < 0.05
                ? "it sold nothing on most days around it, "
                : $"about {AlertText.Units(expected)} expected that day ";
            alerts.Add(new SalesAlert(AlertKind.Spike, productId, day, day, null, u, expected, severity,
                $"sold {AlertText.Units(u)} on {AlertText.Day(day)}; {expectation}"
                + $"and a usual selling day is {AlertText.Units(usual * index[t])} " +
                    $"({AlertText.Times(u / Math.Max(usual * index[t], 1))}){busier}"));
        }
        ExplainPeaks(productId, firstDay, reference, units, index, options, explained);
    }

    public static bool IsSpike(double u, DailyReference.Level level, double index, AlertOptions options)
    {
        var bar = Math.Max(options.SpikeTimes * Math.Max(level.Median, level.SellingDay), options.SpikeOverBusiest * level.Busiest) * index;
        if (u < bar || u < options.SpikeMinUnits || level.Days < options.MinReferenceDays) return false;
        var rate = Math.Max(level.Median, level.Mean) * index / level.Dispersion;
        return UpperTail(u / level.Dispersion, rate) <= options.SpikeTail;
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(rate), continuous in k through the regularised incomplete gamma.</summary>
    public static double UpperTail(double k, double rate) => rate <= 0 ? 0 : k <= 0 ? 1 : SpecialFunctions.GammaLowerRegularized(k, rate);

    /// <summary>Days that would be spikes against the product's usual level but are not once the shop-wide index of the day is
    /// counted.</summary>
    private static void ExplainPeaks(string productId, DateOnly firstDay, DailyReference reference, double[] units, double[] index,
        AlertOptions options, List<ExplainedDay> explained)
    {
        for (var t = 0; t < units.Length; t++)
        {
            if (index[t] < 1.5 || units[t] < options.SpikeMinUnits) continue;
            var level = reference.Around(t);
            if (!IsSpike(units[t], level, 1, options) || IsSpike(units[t], level, index[t], options)) continue;
            var day = firstDay.AddDays(t);
            explained.Add(new ExplainedDay(productId, day, units[t], level.Median * index[t],
                $"sold {AlertText.Units(units[t])} on {AlertText.Day(day)}, but the whole shop sold {AlertText.Times(index[t])} a usual " +
                    $"day — a shop-wide peak, not flagged"));
        }
    }
}
