namespace MerchantInsights.Data.Training;

/// <summary>An order line as the recommenders and the alerts see it (quantity negative for returns; customer null for guests; the unit price as sold).</summary>
public sealed record SoldLine(string OrderId, string? CustomerId, string ProductId, DateOnly Day, double Quantity, double UnitPrice = 0);
