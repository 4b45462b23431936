namespace MerchantInsights.Data.Training;

/// <summary>An order line as the recommenders see it (quantity negative for returns; customer null for guests).</summary>
public sealed record SoldLine(string OrderId, string? CustomerId, string ProductId, DateOnly Day, double Quantity);
