using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Jobs.Training;

/// <summary>Counts of verdicts and the options a pricing model version was trained with.</summary>
public sealed record PricingSummary(int Products, int Reliable, int Uncertain, int NotEnoughVariation, double? AssumedMargin,
    double MaxChange)
{
    /// <summary>Products left unpriced because they stopped selling (<see cref="Analytics.Demand.StoppedSelling"/>).</summary>
    public int Stopped { get; init; }

    public static PricingSummary From(IReadOnlyList<ProductPricing> pricing, PricingOptions options)
    {
        int Count(string start) => pricing.Count(p => p.Elasticity.Verdict.StartsWith(start, StringComparison.OrdinalIgnoreCase));
        return new PricingSummary(pricing.Count, Count("reliable"), Count("uncertain"), Count("not enough"), options.AssumedMargin,
            options.MaxChange);
    }
}
