namespace MerchantInsights.Analytics.Demand;

/// <summary>Whether a product is merchandise, why not (in words), and whether the owner decided it.</summary>
public sealed record ProductClass(string ProductId, bool IsMerchandise, string Reason, bool ByOwner)
{
    public static ProductClass Merchandise(string productId) => new(productId, true, "", false);
}
