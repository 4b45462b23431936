namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// What the owner told us about one product's stock: units on hand, the supplier's lead time in days, the pack size
/// orders come in, and what one unit costs to buy (null when not known).
/// </summary>
public sealed record StockPosition(string ProductId, int OnHand, int LeadTimeDays, int OrderMultiple, decimal? UnitCost);
