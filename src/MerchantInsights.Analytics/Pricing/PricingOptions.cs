namespace MerchantInsights.Analytics.Pricing;

/// <summary>Guardrails and assumptions of the price suggestions; the owner can change each.</summary>
public sealed record PricingOptions
{
    /// <summary>Margin assumed when a product has no unit cost (cost = (1 − margin) × current price); null = optimise revenue.</summary>
    public double? AssumedMargin { get; init; } = 0.4;
    /// <summary>The suggestion stays within this share of today's price (0.2 = ±20%).</summary>
    public double MaxChange { get; init; } = 0.20;
    /// <summary>…and at most this far beyond the lowest and highest price the product has sold at.</summary>
    public double MaxBeyondObserved { get; init; } = 0.10;
    /// <summary>Days of history used (the most recent).</summary>
    public int HistoryDays { get; init; } = 730;
    /// <summary>Below this spread of log prices (about ±3%) the product's own response cannot be measured.</summary>
    public double MinLogPriceSpread { get; init; } = 0.03;
    /// <summary>Products whose price today is under this (free lines, placeholders) are not priced.</summary>
    public double MinRealPrice { get; init; } = 0.01;
}
