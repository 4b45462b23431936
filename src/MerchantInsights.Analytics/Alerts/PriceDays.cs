using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// A product's price day by day for judging its sales: the price carried over days without a sale, the days on
/// promotion (at least <see cref="AlertOptions.PromotionShare"/> below the regular price, the median of the
/// surrounding weeks, as <see cref="PromotionCalendar"/> finds them) with how deep the cut was, and the dip days after a
/// promotion (customers who stocked up buy less). O(days) plus a small sort per promotion day.
/// </summary>
internal sealed class PriceDays
{
    public bool[] Promotion { get; }
    public bool[] Dip { get; }
    /// <summary>Share below the regular price on promotion days (0.25 = 25% off), 0 elsewhere.</summary>
    public double[] Cut { get; }

    public PriceDays(double?[] price, AlertOptions options)
    {
        var n = price.Length;
        (Promotion, Dip, Cut) = (new bool[n], new bool[n], new double[n]);
        var firstKnown = Array.FindIndex(price, p => p is > 0);
        if (firstKnown < 0) return;
        var carried = new double[n];
        var last = price[firstKnown]!.Value;
        for (var t = 0; t < n; t++) carried[t] = last = price[t] is { } p && p > 0 ? p : last;
        var (promotion, dip, _) = PromotionCalendar.Mark(carried);
        for (var t = 0; t < n; t++)
        {
            Dip[t] = dip[t];
            if (!promotion[t]) continue;
            var window = carried[Math.Max(0, t - PromotionCalendar.Window)..Math.Min(n, t + PromotionCalendar.Window + 1)].Order()
                .ToArray();
            var regular = SortedQuantiles.At(window, 0.5);
            var cut = regular > 0 ? 1 - carried[t] / regular : 0;
            if (cut < options.PromotionShare) continue;
            (Promotion[t], Cut[t]) = (true, cut);
        }
    }
}
