namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// One stored order line as the demand cleaner reads it: quantity negative for returns and cancellations, customer null
/// for guests, <paramref name="LineKey"/> the line's stable identity across re-uploads (owner decisions refer to it),
/// <paramref name="ProductName"/> the name on this line (shops put "adjustment" or "damaged" on stock corrections of real products).
/// </summary>
public readonly record struct SaleLine(long LineKey, string OrderId, string? CustomerId, string ProductId, DateTime At, double Quantity,
    double UnitPrice, string ProductName = "");
