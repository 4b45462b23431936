namespace MerchantInsights.Data.Demand;

/// <summary>The owner's word on a product (merchandise or not) or on a one-off line (include it); survives every rebuild and
/// re-import.</summary>
public sealed class DemandDecision
{
    public long Id { get; set; }
    /// <summary>"product" or "one-off".</summary>
    public required string Kind { get; set; }
    /// <summary>The product id, or the one-off line's LineKey as text.</summary>
    public required string Key { get; set; }
    public bool Value { get; set; }
    public DateTime DecidedAt { get; set; }
}
