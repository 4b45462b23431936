namespace MerchantInsights.Analytics.Customers;

/// <summary>The named customer segments, from best to gone; <see cref="SegmentRules"/> says which scores land where.</summary>
public enum Segment
{
    /// <summary>Bought very recently (R 5) and buy often and spend much (FM 4–5).</summary>
    Champions,
    /// <summary>Buy often and spend much (FM 4–5) and bought not long ago (R 3–4).</summary>
    Loyal,
    /// <summary>Bought recently (R 4–5) with middling orders and spend (FM 2–3).</summary>
    PotentialLoyalists,
    /// <summary>Bought very recently (R 5) but have ordered little so far (FM 1).</summary>
    New,
    /// <summary>Bought fairly recently (R 4) but have ordered little so far (FM 1).</summary>
    Promising,
    /// <summary>In the middle for recency, orders and spend (R 3, FM 3).</summary>
    NeedAttention,
    /// <summary>Used to buy often or spend well (FM 3–4) but have not bought for a while (R 1–2).</summary>
    AtRisk,
    /// <summary>Among the biggest customers (FM 5) but have not bought for a while (R 1–2).</summary>
    CantLoseThem,
    /// <summary>Few orders, little spend (FM 1–2) and not recently (R 2–3).</summary>
    Hibernating,
    /// <summary>Few orders, little spend (FM 1–2) and the longest time since their last order (R 1).</summary>
    Lost,
}
