namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// The features of one product-day for the shop-wide model, forecasting day t from an origin a = t − h (1 ≤ h ≤ the
/// horizon): only data up to a is used, so one model forecasts every step of the horizon directly. Levels are divided
/// by the product's scale s (its mean of the 8 weeks to a, plus a little), so products of every size share one model;
/// the model predicts units ÷ s.
/// </summary>
internal static class GlobalFeatures
{
    public const int Count = 30;
    /// <summary>An origin needs this many days of the product's history.</summary>
    public const int MinHistory = 28;

    public static readonly string[] Names =
    [
        "days ahead", "weekday", "day of year", "day of month",
        "days to Black Friday", "days to Christmas", "days to New Year", "days to 11.11", "days to 6.18", "days since Christmas",
        "last week", "last 4 weeks", "same weekday (4 weeks)", "same weekday (26 weeks)", "weekday share",
        "last year that week", "last year at origin", "all history", "volume", "days without sales", "history length",
        "price vs usual", "on promotion", "promotion days recently", "recent price vs usual",
        "shop index recently", "shop index last year that week", "shop index last year at origin", "shop index weekday", "category",
    ];

    /// <summary>The scale a product's units are divided by at origin a.</summary>
    public static double Scale(ShopTimeline.Lane lane, int a) => (lane.Mean(a - 55, a) is var m && double.IsFinite(m) ? m : 0) + 0.05;

    /// <summary>Fills <paramref name="f"/> for target day t from origin a, the day's price being <paramref name="price"/>.</summary>
    public static void Fill(ShopTimeline shop, ShopTimeline.Lane lane, int a, int t, double price, float[] f)
    {
        var day = shop.Start.AddDays(t);
        var s = Scale(lane, a);
        var h = t - a;
        var weeksBack = (h + 6) / 7;
        var sameDay = t - 7 * weeksBack;
        var i = 0;
        f[i++] = h;
        f[i++] = (int)day.DayOfWeek;
        f[i++] = day.DayOfYear;
        f[i++] = day.Day;
        for (var peak = 0; peak < ShopCalendar.Peaks.Length; peak++) f[i++] = Math.Min(60, ShopCalendar.DaysUntil(peak, day));
        f[i++] = Math.Min(21, ShopCalendar.DaysSince(1, day));
        f[i++] = R(lane.Mean(a - 6, a) / s);
        f[i++] = R(lane.Mean(a - 27, a) / s);
        f[i++] = R(lane.SameWeekday(sameDay, 4) / s);
        f[i++] = R(lane.SameWeekday(sameDay, 26) / s);
        var all = lane.Mean(a - 181, a);
        f[i++] = R(lane.SameWeekday(sameDay, 26) / (all + 0.01));
        f[i++] = t - 367 >= lane.First ? R(lane.Mean(t - 367, t - 361) / s) : float.NaN;
        f[i++] = a - 391 >= lane.First ? R(lane.Mean(a - 391, a - 364) / s) : float.NaN;
        f[i++] = R(lane.Mean(lane.First, a) / s);
        f[i++] = (float)Math.Log(s);
        f[i++] = R(ZeroShare(lane, a - 55, a));
        f[i++] = Math.Min(730, a - lane.First + 1);
        var relative = lane.Usual > 0 && double.IsFinite(price) ? price / lane.Usual : 1;
        f[i++] = (float)relative;
        f[i++] = relative < 1 - Series.ShopDemandIndex.PromotionShare ? 1 : 0;
        f[i++] = R(lane.PromoShare(a - 27, a));
        f[i++] = R(lane.RelativePrice(a - 27, a));
        f[i++] = R(shop.IndexMean(a - 27, a));
        f[i++] = t - 367 >= 0 ? R(shop.IndexMean(t - 367, t - 361)) : float.NaN;
        f[i++] = a - 391 >= 0 ? R(shop.IndexMean(a - 391, a - 364)) : float.NaN;
        f[i++] = R(IndexWeekday(shop, sameDay));
        f[i] = lane.Category;
    }

    private static float R(double v) => double.IsFinite(v) ? (float)v : float.NaN;

    private static double ZeroShare(ShopTimeline.Lane lane, int from, int to)
    {
        from = Math.Max(from, lane.First);
        var zeros = 0;
        for (var t = from; t <= to; t++) if (lane.Units[t] == 0) zeros++;
        return to < from ? double.NaN : zeros / (double)(to - from + 1);
    }

    private static double IndexWeekday(ShopTimeline shop, int to)
    {
        var (sum, n) = (0.0, 0);
        for (var t = to; t >= 0 && n < 8; t -= 7) { sum += shop.Index[t]; n++; }
        return n == 0 ? double.NaN : sum / n;
    }
}
