namespace MerchantInsights.Analytics.Alerts;

/// <summary>A sold order line at a real price (cancelled, free and non-merchandise lines left out) as the odd-price rule reads
/// it.</summary>
public readonly record struct PricedLine(string ProductId, string OrderId, DateOnly Day, double Quantity, double UnitPrice);
