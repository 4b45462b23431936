namespace MerchantInsights.Analytics.Recommendations;

/// <summary>An order line as the recommenders see it: quantity ≤ 0 is a return or cancellation; customer null for guests.</summary>
public sealed record PurchaseLine(string OrderId, string? CustomerId, string ProductId, DateOnly Day, double Quantity);
