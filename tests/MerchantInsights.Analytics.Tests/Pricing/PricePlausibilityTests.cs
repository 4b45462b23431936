using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class PricePlausibilityTests
{
    private static ProductPricing Pricing(double unitsPerDay, double elasticity = -1.5)
    {
        var curve = new DemandCurve(10, unitsPerDay, elasticity, elasticity - 0.3, elasticity + 0.3, 6, false, 9, 11);
        var estimate = new ElasticityEstimate(elasticity, elasticity - 0.3, elasticity + 0.3, elasticity, -1.5, ElasticityEstimate.Uncertain, "");
        var now = curve.At(10);
        var suggestion = new PriceSuggestion(10, 10, 6, false, now.Units, now.Revenue, now.Profit, 0, 0, 0, "profit", "Fitted.");
        return new ProductPricing("P", "", estimate, curve, suggestion);
    }

    private static PriceSuggestion Suggest(DemandCurve curve)
    {
        var at = curve.At(11);
        return new PriceSuggestion(10, 11, 6, false, at.Units, at.Revenue, at.Profit, 5, 1, 9, "profit", "Re-fitted.");
    }

    [Fact]
    public void Expected_units_beyond_three_times_the_best_day_are_re_anchored_on_the_recent_average()
    {
        var days = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? 2.0 : 4.0).ToArray();
        var guarded = PricePlausibility.Guard(Pricing(1e6), days, Suggest);
        Assert.Equal(3, guarded.Curve.ReferenceUnitsPerDay, 9);
        Assert.True(guarded.Suggestion.ExpectedUnitsPerDay <= 3 * 4);
        Assert.Contains("beyond anything this product has sold", guarded.Suggestion.Why);
    }

    [Fact]
    public void A_plausible_pricing_is_untouched()
    {
        var days = Enumerable.Repeat(3.0, 60).ToArray();
        var pricing = Pricing(3);
        Assert.Same(pricing, PricePlausibility.Guard(pricing, days, Suggest));
    }

    [Fact]
    public void A_product_priced_only_at_fractions_of_a_cent_gets_no_price_row()
    {
        var n = 120;
        var units = Enumerable.Repeat(5.0, n).ToArray();
        var prices = Enumerable.Range(0, n).Select(i => (double?)(i % 2 == 0 ? 0.001 : 0.002)).ToArray();
        var result = PricingEngine.Train([new ProductPriceHistory("PADS", "", new DateOnly(2025, 1, 1), units, prices, null)], new PricingOptions());
        Assert.Empty(result);
    }
}
