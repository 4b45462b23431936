namespace MerchantInsights.Data.Sales;

/// <summary>One line of one order, exactly as the shop exported it (ids kept verbatim).</summary>
public sealed class OrderLine
{
    public long Id { get; set; }
    public int ImportBatchId { get; set; }
    public required string OrderId { get; set; }
    /// <summary>Occurrence of this product within the order in the source file (1-based); with OrderId and ProductId it identifies the line
    /// across re-uploads.</summary>
    public int LineInOrder { get; set; }
    /// <summary>64-bit hash of (OrderId, ProductId, LineInOrder), unique: an overlapping re-upload skips lines it already has.</summary>
    public long LineKey { get; set; }
    public DateTime OrderDate { get; set; }
    public string? CustomerId { get; set; }
    public required string ProductId { get; set; }
    public string ProductName { get; set; } = "";
    public string Category { get; set; } = "";
    /// <summary>Negative for returns and cancellations.</summary>
    public double Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal? UnitCost { get; set; }
}
