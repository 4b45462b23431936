namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Own-price elasticity (d ln units / d ln price, negative for normal goods) after pooling with the category, its 80%
/// interval, the product's unpooled estimate (null without price variation), the category's typical value and a verdict.
/// </summary>
public sealed record ElasticityEstimate(double Elasticity, double Low80, double High80, double? ProductOnly, double CategoryMean,
    string Verdict, string Explanation)
{
    /// <summary>In plain words, what the estimate rests on: the category, few real price changes, or the product's own sales.</summary>
    public string Basis { get; init; } = "";

    /// <summary>The standard error of <see cref="ProductOnly"/> from the product's own sales (null without price variation).</summary>
    public double? ProductOnlySe { get; init; }

    /// <summary>Verdict: the 80% interval is at most 1 wide and wholly below zero: narrow enough to act on.</summary>
    public const string Reliable = "reliable";
    /// <summary>Verdict: an estimate, but its 80% interval is wider than 1 or reaches zero.</summary>
    public const string Uncertain = "uncertain";
    /// <summary>Verdict: the price hardly changed, so the category's typical response is used.</summary>
    public const string NotEnoughVariation = "not enough price variation — using the category's typical response";
}
