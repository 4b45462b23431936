namespace MerchantInsights.Data.Stock;

/// <summary>
/// One line of the Stock page's table: a product with its stock as entered, or its category defaults and no stock
/// (<see cref="EnteredAt"/> null) when the owner has not entered any yet.
/// </summary>
public sealed record StockRow(string ProductId, string Name, string Category, int? OnHand, int LeadTimeDays, int OrderMultiple,
    decimal? UnitCost, DateTime? EnteredAt);
