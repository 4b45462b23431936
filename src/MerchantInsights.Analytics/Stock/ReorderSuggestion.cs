namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// What one product's stock means: expected units a day over the lead time, days until the expected stock runs out
/// (null beyond <see cref="ReorderOptions.MaxProjectionDays"/> or when nothing is expected to sell) and that day, the
/// units expected over the lead time, the reorder point (the units that cover lead-time demand at the service level),
/// the minimum order that lifts stock to it, and the cash that order ties up (null without a unit cost).
/// </summary>
public sealed record ReorderSuggestion(string ProductId, int OnHand, int LeadTimeDays, int OrderMultiple, double DailyDemand,
    double? DaysOfCover, DateOnly? StockoutDate, double LeadTimeDemand, int ReorderPoint, int OrderQuantity, decimal? UnitCost,
    decimal? CashTiedUp, double ServiceLevel)
{
    /// <summary>True when stock on hand is below the reorder point, so an order of <see cref="OrderQuantity"/> units is due.</summary>
    public bool NeedsOrder => OrderQuantity > 0;
}
