namespace MerchantInsights.Analytics.Demand;

/// <summary>What a stored line is in the cleaned demand that every engine reads.</summary>
public enum LineRole : byte
{
    /// <summary>A sale of merchandise; its demand may be less than its quantity when part of it was cancelled.</summary>
    Sale,
    /// <summary>A sale whose whole quantity was cancelled soon after: no demand.</summary>
    Cancelled,
    /// <summary>The negative line that cancelled an earlier sale.</summary>
    Cancellation,
    /// <summary>A negative line that reverses no recent sale: a return (sold units stay sold).</summary>
    Return,
    /// <summary>Given away or a test: price under the product's real prices; no demand and no price signal.</summary>
    Free,
    /// <summary>A one-off bulk order: its demand is capped at the product's usual largest order.</summary>
    OneOff,
    /// <summary>A line of a product that is not merchandise (shipping, fees, discounts, gift cards…): revenue only.</summary>
    NotMerchandise,
}
