namespace MerchantInsights.Data.Pricing;

/// <summary>A unit cost the owner entered for a product (the data had none, or it was wrong); it wins over imported costs.</summary>
public sealed class CostSetting
{
    public required string ProductId { get; set; }
    public decimal UnitCost { get; set; }
    public DateTime SetAt { get; set; }
}
