namespace MerchantInsights.Data.Demand;

/// <summary>Stored class of a product: merchandise or not, the reason in words, whether the owner decided it, and its revenue in the last
/// 90 days.</summary>
public sealed class ProductClassRow
{
    public required string ProductId { get; set; }
    public bool IsMerchandise { get; set; }
    public string Reason { get; set; } = "";
    public bool ByOwner { get; set; }
    /// <summary>Revenue (refunds subtracted) in the last 90 days of the shop's data: what pages open on and sort by.</summary>
    public decimal RecentRevenue { get; set; }
}
