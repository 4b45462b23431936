namespace MerchantInsights.Data.Stock;

/// <summary>
/// A product's stock as the owner last entered it (table or upload): units on hand that day, the supplier's lead time,
/// the pack size orders come in, and the unit cost paid (null when not given; the pricing page's cost is used then).
/// </summary>
public sealed class StockSetting
{
    public required string ProductId { get; set; }
    public int OnHand { get; set; }
    public int LeadTimeDays { get; set; }
    public int OrderMultiple { get; set; }
    public decimal? UnitCost { get; set; }
    public DateTime EnteredAt { get; set; }
}
