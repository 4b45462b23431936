using MerchantInsights.Analytics.Demand;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// Scans a shop's whole history for alerts: spikes and drops in each product's daily units (<see cref="SpikeRule"/>,
/// <see cref="DropRule"/>; robust median rules judged on the days either side and scaled by the one shop-wide demand
/// index, so Black Friday and Christmas are expected), large order lines (the demand cleaner's one-offs) and odd unit
/// prices (<see cref="OrderLineRules"/>). Measured against Microsoft.ML's randomized PCA on simulated shops with planted
/// anomalies (docs/decisions/0011-alert-rules.md). O(product-days · window log window + lines · window log window).
/// Limits: products need about two weeks of history around a day to judge it; single-day drops are never flagged
/// (a quiet day is normal).
/// </summary>
public static class AlertScanner
{
    /// <summary>
    /// The shop index without the product itself: in a small shop one product's spike lifts the shop's day and would
    /// explain itself away. With the index as total units over total level, leaving one product out scales a day by
    /// (1 − its share of that day) / (1 − its share of all its days). A product that is most of the shop keeps the index.
    /// </summary>
    private static double[] WithoutProduct(double[] index, double[] total, int offset, double[] units)
    {
        var own = index.AsSpan(offset, units.Length).ToArray();
        var (mine, all) = (0.0, 0.0);
        for (var i = 0; i < units.Length; i++) { mine += Math.Max(0, units[i]); all += total[offset + i]; }
        var share = all > 0 ? mine / all : 1;
        if (share >= 0.5) return own;
        for (var i = 0; i < units.Length; i++)
            if (total[offset + i] > 0) own[i] *= Math.Max(0, 1 - Math.Max(0, units[i]) / total[offset + i]) / (1 - share);
        return own;
    }

    /// <summary>Runs every rule over the products' daily units, the one-off orders and the priced order lines; the flags come back newest
    /// first.</summary>
    public static AlertScan Scan(IReadOnlyList<ProductDailyUnits> products, IReadOnlyList<OneOffOrder> oneOffs,
        IReadOnlyList<PricedLine> lines,
        AlertOptions options, CancellationToken ct = default, IProgress<double>? progress = null)
    {
        var alerts = new List<SalesAlert>();
        var explained = new List<ExplainedDay>();
        var series = products.Where(p => p.Units.Length > 0).ToList();
        if (series.Count > 0)
        {
            var first = series.Min(p => p.FirstDay);
            var last = series.Max(p => p.FirstDay.AddDays(p.Units.Length - 1));
            var index = ShopDemandIndex.Build(series.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.Units, p.Price)).ToList(),
                first, last);
            var largeDays = oneOffs.GroupBy(o => o.ProductId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Day).ToHashSet(), StringComparer.Ordinal);
            var total = new double[index.Length];
            foreach (var p in series)
                for (var i = 0; i < p.Units.Length && p.FirstDay.DayNumber - first.DayNumber
                    + i < total.Length; i++) total[p.FirstDay.DayNumber - first.DayNumber + i] += Math.Max(0, p.Units[i]);
            for (var n = 0; n < series.Count; n++)
            {
                var p = series[n];
                ct.ThrowIfCancellationRequested();
                if (n % 100 == 0) progress?.Report((double)n / series.Count);
                var offset = p.FirstDay.DayNumber - first.DayNumber;
                var units = p.Units[..Math.Min(p.Units.Length, index.Length - offset)];
                var own = WithoutProduct(index, total, offset, units);
                var prices = new PriceDays(p.Price[..own.Length], options);
                var excluded = prices.Promotion.Zip(prices.Dip, (a, b) => a || b).ToArray();
                var reference = new DailyReference(units, own, excluded, options);
                var large = largeDays.TryGetValue(p.ProductId, out var d) ? d.Select(x => x.DayNumber - p.FirstDay.DayNumber).ToHashSet()
                    : [];
                SpikeRule.Find(p.ProductId, p.FirstDay, reference, units, own, prices, large, options, alerts, explained);
                DropRule.Find(p.ProductId, p.FirstDay, reference, units, own, prices, options, alerts);
            }
        }
        alerts.AddRange(oneOffs.Select(OrderLineRules.LargeOrder));
        OrderLineRules.OddPrices(lines, options, alerts);
        return new AlertScan(alerts.OrderByDescending(a => a.To).ThenByDescending(a => a.Severity)
            .ThenBy(a => a.ProductId, StringComparer.Ordinal).ToList(),
            explained.OrderByDescending(e => e.Day).ToList());
    }
}
