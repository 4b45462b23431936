namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// The regression's inputs for one product: the price in effect each day (the list price when the shop sells in
/// quantity tiers; see <see cref="UnsoldDays"/> for days without a sale, which have no price of their own), the design row
/// [1, ln(p/p₀), trend, yearly sin/cos, weekday dummies, promotion], and the offset ln(shop demand index) so a day the
/// whole shop was busy (Black Friday, December) is not read as this product's price response. A short discount gets a
/// term of its own (its lift includes pull-forward and shoppers drawn by the sale, which a lasting change does not
/// bring) and the days just after it (the dip) are left out; the price term then learns from lasting changes and from
/// the depth of discounts. Days when the shop sold nothing at all (index 0: closed) are left out too.
/// </summary>
internal sealed record DemandDesign(double[][] Rows, double[] Units, double[] Price, double[]? Offset, double ReferencePrice,
    bool HasPriceColumn, int PriceChanges, bool[] Promotion)
{
    /// <summary>How much each row counts: 1, except an unsold day between two different prices, which has a row at each price.</summary>
    public required double[] Weights { get; init; }
    /// <summary>The day of the history each row stands for.</summary>
    public required int[] Day { get; init; }
    /// <summary>Per gap of unsold days between two different prices, its rows in day order: (earlier price, later price).</summary>
    public (int Earlier, int Later)[][] Gaps { get; init; } = [];
    /// <summary>Per gap, which of its two prices is a short discount (<see cref="PromotionCalendar"/>) on the selling day next
    /// to it: −1 the earlier, +1 the later, 0 neither (a lasting change).</summary>
    public int[] GapDiscount { get; init; } = [];
    /// <summary>Per row, its promotion episode (a promotion and the days after it, read as one sum) or −1.</summary>
    public int[]? Episode { get; init; }
    /// <summary>Days left out as a promotion's dip, kept to check afterwards whether sales really dipped (row, units, offset).</summary>
    public (double[] Row, double Units, double Offset)[] LeftOutDips { get; init; } = [];
    /// <summary>Per row: is it one of the days just after a promotion (its possible dip).</summary>
    public bool[] AfterPromotion { get; init; } = [];

    /// <param name="h">The product's history.</param>
    /// <param name="options">The pricing options.</param>
    /// <param name="referencePrice">The price the log-price column is read against.</param>
    /// <param name="withPrice">Whether the design has a price column.</param>
    /// <param name="shopIndex">The shop's demand index over the product's days (null: none).</param>
    /// <param name="leaveOut">Days of the product's history left out of the fit (null: none).</param>
    public static DemandDesign? Build(ProductPriceHistory h, PricingOptions options, double referencePrice, bool withPrice,
        double[]? shopIndex, bool[]? leaveOut = null)
    {
        var start = Math.Max(0, h.DailyUnits.Length - options.HistoryDays);
        var firstPriced = Enumerable.Range(start, h.DailyUnits.Length - start).FirstOrDefault(t => h.PriceOn(t) is > 0, -1);
        if (firstPriced < 0) return null;
        var days = h.DailyUnits.Length - firstPriced;
        var gaps = UnsoldDays.Between(h, firstPriced, days, options.ExcludePromotionDips || options.UnsoldDayPrices);
        var (promotion, dip, changes) = PromotionCalendar.Mark(gaps.Price);
        var separate = options.SeparatePromotions && withPrice && promotion.Any(x => x);
        var uncertain = withPrice && options.UnsoldDayPrices;
        var episodes = withPrice && options.PromotionEpisodes == true;
        var leftOut = new List<(double[], double, double)>();
        var (episode, inEpisode) = (-1, false);
        var yearly = days >= 365;
        var rows = new List<(double[] Row, double Units, double Price, double Offset, bool Promotion, double Weight, int Day, int Group,
            bool Dip)>(days);
        var gapRows = new Dictionary<int, List<(int, int)>>();
        var gapDiscount = new Dictionary<int, int>();
        for (var i = 0; i < days; i++)
        {
            var t = firstPriced + i;
            var index = shopIndex is null ? 1 : t < shopIndex.Length ? shopIndex[t] : 1;
            if (episodes && (promotion[i] || dip[i])) (episode, inEpisode) = (inEpisode ? episode : episode + 1, true);
            else inEpisode = false;
            var group = inEpisode ? episode : -1;
            if (index <= 0.05 || (leaveOut is not null && t < leaveOut.Length && leaveOut[t])) continue;
            var day = h.FirstDay.AddDays(t);
            double[] Row(double price)
            {
                var row = new List<double>(12) { 1 };
                if (withPrice) row.Add(Math.Log(price / referencePrice));
                row.Add((i - days / 2.0) / 365.0);
                if (yearly)
                {
                    row.Add(Math.Sin(2 * Math.PI * day.DayOfYear / 365.25));
                    row.Add(Math.Cos(2 * Math.PI * day.DayOfYear / 365.25));
                }
                for (var d = 1; d < 7; d++) row.Add((int)day.DayOfWeek == d ? 1 : 0);
                if (separate) row.Add(promotion[i] ? 1 : 0);
                return [.. row];
            }
            var units = Math.Max(0, h.DailyUnits[t]);
            if (options.ExcludePromotionDips && !episodes && withPrice && dip[i])
            {
                leftOut.Add((Row(gaps.Price[i]), units, Math.Log(index)));
                continue;
            }
            if (uncertain && gaps.Gap[i] >= 0)
            {
                // Unsold day between two prices: one row at each, weighted by where the change most likely fell.
                var earlierFirst = Math.Abs(gaps.Price[i] - gaps.Earlier[i]) < 1e-12;
                rows.Add((Row(gaps.Earlier[i]), units, gaps.Earlier[i], Math.Log(index), separate && promotion[i], earlierFirst ? 1 : 0, i,
                    group, withPrice && dip[i]));
                rows.Add((Row(gaps.Later[i]), units, gaps.Later[i], Math.Log(index), separate && promotion[i], earlierFirst ? 0 : 1, i,
                    group, withPrice && dip[i]));
                if (!gapRows.TryGetValue(gaps.Gap[i], out var list))
                {
                    gapRows[gaps.Gap[i]] = list = [];
                    var end = i;
                    while (end + 1 < days && gaps.Gap[end + 1] == gaps.Gap[i]) end++;
                    gapDiscount[gaps.Gap[i]] = i > 0 && promotion[i - 1] && gaps.Earlier[i] < gaps.Later[i] ? -1
                        : end + 1 < days && promotion[end + 1] && gaps.Later[i] < gaps.Earlier[i] ? 1 : 0;
                }
                list.Add((rows.Count - 2, rows.Count - 1));
                continue;
            }
            rows.Add((Row(gaps.Price[i]), units, gaps.Price[i], Math.Log(index), separate && promotion[i], 1, i, group, withPrice
                && dip[i]));
        }
        if (rows.Count == 0) return null;
        return new DemandDesign([.. rows.Select(r => r.Row)], [.. rows.Select(r => r.Units)], [.. rows.Select(r => r.Price)],
            shopIndex is null ? null : [.. rows.Select(r => r.Offset)], referencePrice, withPrice, changes,
                [.. rows.Select(r => r.Promotion)])
        {
            Weights = [.. rows.Select(r => r.Weight)],
            Day = [.. rows.Select(r => r.Day)],
            Gaps = [.. gapRows.Values.Select(g => g.ToArray())],
            GapDiscount = [.. gapRows.Keys.Select(k => gapDiscount[k])],
            Episode = episodes ? [.. rows.Select(r => r.Group)] : null,
            LeftOutDips = [.. leftOut],
            AfterPromotion = [.. rows.Select(r => r.Dip)],
        };
    }

    /// <summary>Weighted spread of the log price over the days (standard deviation): how much the data can say about price.</summary>
    public double LogPriceSpread()
    {
        var total = Weights.Sum();
        var mean = Price.Select((p, i) => Weights[i] * Math.Log(p)).Sum() / total;
        return Math.Sqrt(Price.Select((p, i) => Weights[i] * (Math.Log(p) - mean) * (Math.Log(p) - mean)).Sum() / total);
    }
}
