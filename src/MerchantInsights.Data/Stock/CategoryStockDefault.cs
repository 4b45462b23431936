namespace MerchantInsights.Data.Stock;

/// <summary>The lead time and pack size a category's products get until the owner enters their own.</summary>
public sealed class CategoryStockDefault
{
    public required string Category { get; set; }
    public int LeadTimeDays { get; set; }
    public int OrderMultiple { get; set; }
}
