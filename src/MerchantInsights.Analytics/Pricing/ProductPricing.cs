namespace MerchantInsights.Analytics.Pricing;

/// <summary>Everything the pricing page needs for one product: the elasticity, the demand curve for sliders, the suggestion.</summary>
public sealed record ProductPricing(string ProductId, string Category, ElasticityEstimate Elasticity, DemandCurve Curve,
    PriceSuggestion Suggestion);
