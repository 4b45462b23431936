namespace MerchantInsights.Analytics.Recommendations;

/// <summary>One order line as the recommenders see it. Guests have no <see cref="CustomerId"/>; returns have quantity ≤ 0 and are
/// ignored.</summary>
public sealed record PurchaseLine(string OrderId, string? CustomerId, string ProductId, DateOnly Day, double Quantity);
