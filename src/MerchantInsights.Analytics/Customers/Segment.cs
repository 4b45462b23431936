namespace MerchantInsights.Analytics.Customers;

/// <summary>The named customer segments, from best to gone; <see cref="SegmentRules"/> says which scores land where.</summary>
public enum Segment
{
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
}
