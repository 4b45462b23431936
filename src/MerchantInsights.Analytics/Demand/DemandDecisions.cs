namespace MerchantInsights.Analytics.Demand;

/// <summary>What the owner decided against the automatic cleaning: products moved in or out of merchandise, one-offs included.</summary>
public sealed record DemandDecisions(IReadOnlyDictionary<string, bool> Merchandise, IReadOnlySet<long> IncludedOneOffs)
{
    /// <summary>No decision by the owner: the automatic cleaning stands.</summary>
    public static DemandDecisions None { get; } = new(new Dictionary<string, bool>(), new HashSet<long>());
}
