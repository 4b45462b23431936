namespace MerchantInsights.Data.Demand;

/// <summary>A stored one-off bulk order: capped in demand unless the owner included it.</summary>
public sealed class OneOffRow
{
    public long LineKey { get; set; }
    public required string ProductId { get; set; }
    public required string OrderId { get; set; }
    public DateOnly Day { get; set; }
    public double Quantity { get; set; }
    public double CappedTo { get; set; }
    public double UsualQuantity { get; set; }
    public bool Included { get; set; }
    public string Reason { get; set; } = "";
}
