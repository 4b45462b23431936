using MerchantInsights.Analytics.Demand;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// Scans a shop's whole history for alerts: spikes and drops in each product's daily units (<see cref="SpikeRule"/>,
/// <see cref="DropRule"/>; robust median rules judged on the days either side and scaled by the one shop-wide demand
/// index, so Black Friday and Christmas are expected), large order lines (the demand cleaner's one-offs) and odd unit
/// prices (<see cref="OrderLineRules"/>). Measured against Microsoft.ML's randomized PCA on simulated shops with planted
/// anomalies (docs/decisions/0009-alert-rules.md). O(product-days · window log window + lines · window log window).
/// Limits: products need about two weeks of history around a day to judge it; single-day drops are never flagged
/// (a quiet day is normal).
/// </summary>
public static class AlertScanner
{
    public static AlertScan Scan(IReadOnlyList<ProductDailyUnits> products, IReadOnlyList<OneOffOrder> oneOffs, IReadOnlyList<PricedLine> lines,
        AlertOptions options, CancellationToken ct = default)
    {
        var alerts = new List<SalesAlert>();
        var explained = new List<ExplainedDay>();
        var series = products.Where(p => p.Units.Length > 0).ToList();
        if (series.Count > 0)
        {
            var first = series.Min(p => p.FirstDay);
            var last = series.Max(p => p.FirstDay.AddDays(p.Units.Length - 1));
            var index = ShopDemandIndex.Build(series.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.Units, p.Price)).ToList(), first, last);
            var largeDays = oneOffs.GroupBy(o => o.ProductId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Day).ToHashSet(), StringComparer.Ordinal);
            foreach (var p in series)
            {
                ct.ThrowIfCancellationRequested();
                var offset = p.FirstDay.DayNumber - first.DayNumber;
                var own = index.AsSpan(offset, Math.Min(p.Units.Length, index.Length - offset)).ToArray();
                var units = p.Units[..own.Length];
                var prices = new PriceDays(p.Price[..own.Length], options);
                var excluded = prices.Promotion.Zip(prices.Dip, (a, b) => a || b).ToArray();
                var reference = new DailyReference(units, own, excluded, options);
                var large = largeDays.TryGetValue(p.ProductId, out var d) ? d.Select(x => x.DayNumber - p.FirstDay.DayNumber).ToHashSet() : [];
                SpikeRule.Find(p.ProductId, p.FirstDay, reference, units, own, prices, large, options, alerts, explained);
                DropRule.Find(p.ProductId, p.FirstDay, reference, units, own, prices, options, alerts);
            }
        }
        alerts.AddRange(oneOffs.Select(OrderLineRules.LargeOrder));
        OrderLineRules.OddPrices(lines, options, alerts);
        return new AlertScan(alerts.OrderByDescending(a => a.To).ThenByDescending(a => a.Severity).ThenBy(a => a.ProductId, StringComparer.Ordinal).ToList(),
            explained.OrderByDescending(e => e.Day).ToList());
    }
}
