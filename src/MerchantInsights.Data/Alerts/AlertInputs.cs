using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Analytics.Demand;
using MerchantInsights.Data.Demand;

namespace MerchantInsights.Data.Alerts;

/// <summary>
/// The cleaned demand as the alert scanner reads it: each product's daily units with its list price (the price of
/// typical small orders; quantity tiers do not look like promotions), the one-off lines, and the sold lines at real prices.
/// </summary>
public sealed record AlertInputs(IReadOnlyList<ProductDailyUnits> Products, IReadOnlyList<OneOffOrder> OneOffs,
    IReadOnlyList<PricedLine> Lines)
{
    public static AlertInputs From(DemandSnapshot snapshot) => new(
        snapshot.ActiveSeries.Select(s => new ProductDailyUnits(s.ProductId, s.FirstDay, s.Units, s.ListPrice ?? s.AveragePrice)).ToList(),
        snapshot.OneOffs,
        snapshot.Lines.Where(l => l.Quantity > 0 && l.UnitPrice > 0)
            .Select(l => new PricedLine(l.ProductId, l.OrderId, l.Day, l.Quantity, l.UnitPrice)).ToList());

    public AlertScan Scan(AlertOptions options, CancellationToken ct, IProgress<double>? progress = null) =>
        AlertScanner.Scan(Products, OneOffs, Lines, options, ct, progress);
}
