namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// The regression's inputs for one product: the price in effect each day (carried forward over days without a sale,
/// which have no price of their own), and the design row [1, ln(p/p₀), trend, yearly sin/cos, weekday dummies].
/// Promotions are not given a term of their own: they are price changes, and most of what identifies the elasticity.
/// </summary>
internal sealed record DemandDesign(double[][] Rows, double[] Units, double[] Price, double ReferencePrice, bool HasPriceColumn, int PriceColumn = 1)
{
    public static DemandDesign? Build(ProductPriceHistory h, PricingOptions options, double referencePrice, bool withPrice)
    {
        var start = Math.Max(0, h.DailyUnits.Length - options.HistoryDays);
        var firstPriced = Array.FindIndex(h.DailyPrice, start, p => p is > 0);
        if (firstPriced < 0) return null;
        var days = h.DailyUnits.Length - firstPriced;
        var yearly = days >= 365;
        var (rows, units, prices) = (new double[days][], new double[days], new double[days]);
        var price = h.DailyPrice[firstPriced]!.Value;
        for (var i = 0; i < days; i++)
        {
            var t = firstPriced + i;
            if (h.DailyPrice[t] is > 0 and var p) price = p;
            units[i] = Math.Max(0, h.DailyUnits[t]);
            prices[i] = price;
            var day = h.FirstDay.AddDays(t);
            var row = new List<double> { 1 };
            if (withPrice) row.Add(Math.Log(price / referencePrice));
            row.Add((i - days / 2.0) / 365.0);
            if (yearly)
            {
                row.Add(Math.Sin(2 * Math.PI * day.DayOfYear / 365.25));
                row.Add(Math.Cos(2 * Math.PI * day.DayOfYear / 365.25));
            }
            for (var d = 1; d < 7; d++) row.Add((int)day.DayOfWeek == d ? 1 : 0);
            rows[i] = [.. row];
        }
        return new DemandDesign(rows, units, prices, referencePrice, withPrice);
    }

    /// <summary>Spread of the log price over the days (standard deviation): how much the data can say about price.</summary>
    public double LogPriceSpread()
    {
        var logs = Price.Select(p => Math.Log(p)).ToArray();
        var mean = logs.Average();
        return Math.Sqrt(logs.Average(l => (l - mean) * (l - mean)));
    }
}
