namespace MerchantInsights.Analytics.Demand;

/// <summary>Whether a product is merchandise, why not (in words), and whether the owner decided it.</summary>
public sealed record ProductClass(string ProductId, bool IsMerchandise, string Reason, bool ByOwner)
{
    /// <summary>A product judged merchandise by the automatic cleaning (no reason, not by the owner).</summary>
    public static ProductClass Merchandise(string productId) => new(productId, true, "", false);
}
