namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Rules for "bought together": how often a pair must occur, how sure we must be it is not chance, how many to keep.</summary>
public sealed record TogetherOptions
{
    /// <summary>A pair must share at least this many orders.</summary>
    public int MinSupportOrders { get; init; } = 3;
    /// <summary>Partners kept per product.</summary>
    public int MaxPartners { get; init; } = 10;
    /// <summary>Expected share of false pairs among those reported (Benjamini–Hochberg false discovery rate).</summary>
    public double FalseDiscoveryRate { get; init; } = 0.01;
    /// <summary>A pair must be bought together at least this many times more often than chance.</summary>
    public double MinLift { get; init; } = 1.5;
    /// <summary>Orders with more distinct products than this (wholesale restocks) count toward popularity but not pairs.</summary>
    public int MaxBasketForPairs { get; init; } = 100;
}
