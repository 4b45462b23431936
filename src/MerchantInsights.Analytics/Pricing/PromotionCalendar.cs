namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Tells a short temporary discount from a lasting price change in a daily (carried-forward) price series. The regular
/// price on a day is the median price of the <see cref="Window"/> days either side, so a discount shorter than the
/// window is below it while a permanent change becomes the new regular price within half a window. A promotion day is
/// priced at least <see cref="MinDepth"/> below the regular price; the <see cref="DipDays"/> days after a promotion are
/// its dip (customers who stocked up buy less). O(days), plus a small sort only near price changes.
/// </summary>
internal static class PromotionCalendar
{
    public const int Window = 28;
    public const double MinDepth = 0.05;
    public const int DipDays = 7;

    /// <summary>Per day: is it a promotion, is it a post-promotion dip, and how many times the price moved by more than 2%.</summary>
    public static (bool[] Promotion, bool[] Dip, int Changes) Mark(double[] price)
    {
        var n = price.Length;
        var (promotion, dip) = (new bool[n], new bool[n]);
        var changed = new int[n + 1]; // prefix count of days whose price differs from the day before
        var changes = 0;
        for (var t = 1; t < n; t++)
        {
            var moved = Math.Abs(price[t] - price[t - 1]) > 1e-9;
            if (Math.Abs(Math.Log(price[t] / price[t - 1])) > 0.02) changes++;
            changed[t + 1] = changed[t] + (moved ? 1 : 0);
        }
        var buffer = new double[2 * Window + 1];
        for (var t = 0; t < n; t++)
        {
            var (from, to) = (Math.Max(0, t - Window), Math.Min(n - 1, t + Window));
            if (changed[to + 1] - changed[from + 1] == 0) continue; // one price all window long: regular
            var length = to - from + 1;
            Array.Copy(price, from, buffer, 0, length);
            Array.Sort(buffer, 0, length);
            promotion[t] = price[t] < (1 - MinDepth) * buffer[length / 2];
        }
        for (var t = 1; t < n; t++)
            if (promotion[t - 1] && !promotion[t])
                for (var d = t; d < Math.Min(n, t + DipDays) && !promotion[d]; d++) dip[d] = true;
        return (promotion, dip, changes);
    }
}
