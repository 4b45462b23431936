namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// The regression's inputs for one product: the price in effect each day (the list price when the shop sells in
/// quantity tiers; see <see cref="GapsFilled"/> for days without a sale, which have no price of their own), the design row
/// [1, ln(p/p₀), trend, yearly sin/cos, weekday dummies, promotion], and the offset ln(shop demand index) so a day the
/// whole shop was busy (Black Friday, December) is not read as this product's price response. A short discount gets a
/// term of its own (its lift includes pull-forward and shoppers drawn by the sale, which a lasting change does not
/// bring) and the days just after it (the dip) are left out; the price term then learns from lasting changes and from
/// the depth of discounts. Days when the shop sold nothing at all (index 0: closed) are left out too.
/// </summary>
internal sealed record DemandDesign(double[][] Rows, double[] Units, double[] Price, double[]? Offset, double ReferencePrice, bool HasPriceColumn, int PriceChanges, bool[] Promotion)
{
    public static DemandDesign? Build(ProductPriceHistory h, PricingOptions options, double referencePrice, bool withPrice, double[]? shopIndex)
    {
        var start = Math.Max(0, h.DailyUnits.Length - options.HistoryDays);
        var firstPriced = Enumerable.Range(start, h.DailyUnits.Length - start).FirstOrDefault(t => h.PriceOn(t) is > 0, -1);
        if (firstPriced < 0) return null;
        var days = h.DailyUnits.Length - firstPriced;
        var carried = GapsFilled(h, firstPriced, days, options.ExcludePromotionDips);
        var (promotion, dip, changes) = PromotionCalendar.Mark(carried);
        var separate = options.SeparatePromotions && withPrice && promotion.Any(x => x);
        var yearly = days >= 365;
        var (rows, units, prices, offset, promo) = (new List<double[]>(days), new List<double>(days), new List<double>(days), new List<double>(days), new List<bool>(days));
        for (var i = 0; i < days; i++)
        {
            var t = firstPriced + i;
            var index = shopIndex is null ? 1 : t < shopIndex.Length ? shopIndex[t] : 1;
            if (index <= 0.05 || (options.ExcludePromotionDips && withPrice && dip[i])) continue;
            var day = h.FirstDay.AddDays(t);
            var row = new List<double>(12) { 1 };
            if (withPrice) row.Add(Math.Log(carried[i] / referencePrice));
            row.Add((i - days / 2.0) / 365.0);
            if (yearly)
            {
                row.Add(Math.Sin(2 * Math.PI * day.DayOfYear / 365.25));
                row.Add(Math.Cos(2 * Math.PI * day.DayOfYear / 365.25));
            }
            for (var d = 1; d < 7; d++) row.Add((int)day.DayOfWeek == d ? 1 : 0);
            if (separate) row.Add(promotion[i] ? 1 : 0);
            rows.Add([.. row]);
            units.Add(Math.Max(0, h.DailyUnits[t]));
            prices.Add(carried[i]);
            offset.Add(Math.Log(index));
            promo.Add(separate && promotion[i]);
        }
        if (rows.Count == 0) return null;
        return new DemandDesign([.. rows], [.. units], [.. prices], shopIndex is null ? null : [.. offset], referencePrice, withPrice, changes, [.. promo]);
    }

    /// <summary>
    /// The price on every day. A day without a sale has no price of its own. Between two sales at the same price it is
    /// that price; between two different prices the change happened somewhere in the gap, so the first half of the gap
    /// keeps the earlier price and the second half takes the later one (<paramref name="splitGaps"/>). Carrying the
    /// earlier price over the whole gap — the engine before — puts the quiet days after a discount at the discount price,
    /// so on a slow seller the discount looks as if it lost sales; moving the whole gap to either side does the opposite.
    /// </summary>
    private static double[] GapsFilled(ProductPriceHistory h, int firstPriced, int days, bool splitGaps)
    {
        var price = new double[days];
        var (last, gapStart) = (h.PriceOn(firstPriced)!.Value, -1);
        for (var i = 0; i < days; i++)
        {
            if (h.PriceOn(firstPriced + i) is > 0 and var p)
            {
                if (gapStart >= 0)
                {
                    var middle = splitGaps ? gapStart + (i - gapStart) / 2 : i;
                    Array.Fill(price, last, gapStart, middle - gapStart);
                    Array.Fill(price, p, middle, i - middle);
                }
                (price[i], last, gapStart) = (p, p, -1);
            }
            else if (gapStart < 0) gapStart = i;
        }
        if (gapStart >= 0) Array.Fill(price, last, gapStart, days - gapStart);
        return price;
    }

    /// <summary>Spread of the log price over the days (standard deviation): how much the data can say about price.</summary>
    public double LogPriceSpread()
    {
        var logs = Price.Select(p => Math.Log(p)).ToArray();
        var mean = logs.Average();
        return Math.Sqrt(logs.Average(l => (l - mean) * (l - mean)));
    }
}
