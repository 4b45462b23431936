namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Settings for <see cref="FrequentlyBoughtTogether"/>.</summary>
public sealed record TogetherOptions
{
    /// <summary>A pair must appear together in at least this many baskets.</summary>
    public int MinSupportOrders { get; init; } = 3;

    /// <summary>At most this many partners are kept per product.</summary>
    public int MaxPartners { get; init; } = 10;

    /// <summary>0 = a basket is one order; n &gt; 0 = a customer's orders within n days form one basket (guests stay per order).</summary>
    public int CustomerWindowDays { get; init; }

    /// <summary>Benjamini–Hochberg false discovery rate over all pairs seen together at least once.</summary>
    public double FalseDiscoveryRate { get; init; } = 0.05;

    /// <summary>Confidence level (one-sided) of the lower bound of lift used to rank partners.</summary>
    public double RankingConfidence { get; init; } = 0.95;
}
