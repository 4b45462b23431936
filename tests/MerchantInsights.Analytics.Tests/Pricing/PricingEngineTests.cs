using System.Text.Json;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class PricingEngineTests
{
    private static readonly PricingOptions Options = new();

    [Fact]
    public void A_known_constant_elasticity_is_recovered_within_its_interval()
    {
        var products = Enumerable.Range(0, 6).Select(i => SimulatedDemand.Product($"P{i}", "Coffee", -1.5 - 0.1 * i, 8, seed: i)).ToList();
        var result = PricingEngine.Train(products, Options);
        for (var i = 0; i < 6; i++)
        {
            var e = result.Single(r => r.ProductId == $"P{i}").Elasticity;
            var truth = -1.5 - 0.1 * i;
            Assert.InRange(truth, e.Low80 - 0.15, e.High80 + 0.15);
            Assert.InRange(e.Elasticity, truth - 0.35, truth + 0.35);
            Assert.NotEqual(ElasticityEstimate.NotEnoughVariation, e.Verdict);
        }
    }

    /// <summary>
    /// A product the owner prices up in its own busy fortnights (demand doubles, the price is 20% higher, true response
    /// −1): its sales rise with its price. The page must not promise that a dearer price sells more: the estimate stays at
    /// or below 0, the verdict is uncertain, the explanation says why, and the suggested price sells no more than today's.
    /// </summary>
    [Fact]
    public void Sales_that_rose_with_the_price_never_read_as_demand_growing_with_it()
    {
        var rng = new Random(5);
        var products = Enumerable.Range(0, 4).Select(i => SimulatedDemand.Product($"M{i}", "Mugs", -1.5, 6, seed: 20 + i)).ToList();
        var days = 365;
        var busy = Enumerable.Range(0, days).Select(t => t / 14 % 2 == 1).ToArray();
        var prices = busy.Select(b => (double?)(b ? 12.0 : 10.0)).ToArray();
        var units = Enumerable.Range(0, days).Select(t => (double)Poisson(rng, 6 * (busy[t] ? 2.0 : 1.0) * Math.Pow(prices[t]!.Value / 10, -1)))
            .ToArray();
        products.Add(new ProductPriceHistory("UP", "Mugs", products[0].FirstDay, units, prices, 6));
        var up = PricingEngine.Train(products, Options).Single(r => r.ProductId == "UP");
        Assert.True(up.Elasticity.ProductOnly > 0.5, $"own reading {up.Elasticity.ProductOnly}");
        Assert.InRange(up.Elasticity.Elasticity, -1.0, 0);
        Assert.True(up.Elasticity.High80 <= 0);
        Assert.Equal(ElasticityEstimate.Uncertain, up.Elasticity.Verdict);
        Assert.Contains("Its sales rose with its price", up.Elasticity.Explanation);
        Assert.True(up.Suggestion.SuggestedPrice <= up.Suggestion.CurrentPrice || up.Curve.At(up.Suggestion.SuggestedPrice).Units
            <= up.Curve.At(up.Suggestion.CurrentPrice).Units + 1e-9);
        var anySign = PricingEngine.Train(products, Options with { DemandFallsWithPrice = false }).Single(r => r.ProductId == "UP");
        Assert.True(anySign.Elasticity.Elasticity > 0, $"without the rule {anySign.Elasticity.Elasticity}");
    }

    private static int Poisson(Random rng, double mean)
    {
        var (limit, k, p) = (Math.Exp(-mean), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > limit);
        return k - 1;
    }

    [Fact]
    public void A_product_whose_price_never_changed_gets_its_categorys_response_and_says_so()
    {
        var products = Enumerable.Range(0, 4).Select(i => SimulatedDemand.Product($"M{i}", "Mugs", -2.0, 6, seed: 10 + i))
            .Append(SimulatedDemand.Product("FIXED", "Mugs", -2.0, 6, seed: 99, promotions: false)).ToList();
        var fixedPrice = PricingEngine.Train(products, Options).Single(r => r.ProductId == "FIXED");
        Assert.Equal(ElasticityEstimate.NotEnoughVariation, fixedPrice.Elasticity.Verdict);
        Assert.Null(fixedPrice.Elasticity.ProductOnly);
        Assert.Equal(fixedPrice.Elasticity.CategoryMean, fixedPrice.Elasticity.Elasticity, 9);
        Assert.InRange(fixedPrice.Elasticity.Elasticity, -2.5, -1.5);
        Assert.Contains("typical response", fixedPrice.Suggestion.Why);
    }

    [Fact]
    public void Pooling_pulls_a_noisy_product_toward_its_category()
    {
        var products = Enumerable.Range(0, 5).Select(i => SimulatedDemand.Product($"C{i}", "Tea", -1.5, 10, seed: 20 + i)).ToList();
        products.Add(SimulatedDemand.Product("SLOW", "Tea", -1.5, 0.15, seed: 77));
        var slow = PricingEngine.Train(products, Options).Single(r => r.ProductId == "SLOW").Elasticity;
        Assert.NotNull(slow.ProductOnly);
        var pooled = Math.Abs(slow.Elasticity - slow.CategoryMean);
        var alone = Math.Abs(slow.ProductOnly!.Value - slow.CategoryMean);
        Assert.True(pooled < alone, $"pooled {slow.Elasticity} should sit nearer {slow.CategoryMean} than {slow.ProductOnly}");
    }

    [Fact]
    public void The_profit_optimum_of_a_constant_elasticity_is_c_times_e_over_one_plus_e()
    {
        // ε = −3, c = 10: p* = 10·(−3)/(−2) = 15, inside the guardrails (today 14, sold at 12–16).
        var curve = new DemandCurve(14, 5, -3, -3.2, -2.8, 10, false, 12, 16);
        var s = PriceSuggester.Suggest(curve, "Coffee", ElasticityEstimate.Reliable, Options with { CautiousSteps = false });
        Assert.Equal(15, s.SuggestedPrice, 1);
        Assert.True(s.ChangePct > 0);
        Assert.InRange(s.ChangePct, s.ChangeLowPct, s.ChangeHighPct);
        Assert.Equal("profit", s.Objective);
    }

    [Fact]
    public void A_certain_response_moves_to_its_optimum_and_an_uncertain_one_takes_a_smaller_step_the_same_way()
    {
        // ε = −3 known exactly: the pessimistic profit is the expected one times a constant, so the step goes to p* = 15.
        var certain = PriceSuggester.Suggest(new DemandCurve(14, 5, -3, -3, -3, 10, false, 12, 16, 0.1), "Coffee", ElasticityEstimate.Reliable, Options);
        Assert.Equal(15, certain.SuggestedPrice, 1);
        // The same estimate with an 80% range of −4.5 to −1.5: the low end of the profit range widens with the distance
        // from today's price, so the step is shorter but still up.
        var uncertain = PriceSuggester.Suggest(new DemandCurve(14, 5, -3, -4.5, -1.5, 10, false, 12, 16, 0.1), "Coffee", ElasticityEstimate.Uncertain, Options);
        Assert.InRange(uncertain.SuggestedPrice, 14.01, 14.9);
    }

    [Fact]
    public void An_inelastic_product_is_not_given_an_absurd_price()
    {
        var curve = new DemandCurve(20, 5, -0.4, -0.7, -0.1, 8, false, 18, 21);
        var s = PriceSuggester.Suggest(curve, "Gifts", ElasticityEstimate.Uncertain, Options);
        Assert.True(s.SuggestedPrice <= 20 * 1.2 + 1e-9);
        Assert.True(s.SuggestedPrice <= 21 * 1.1 + 1e-9);
        Assert.Contains("guardrail", s.Why);
    }

    [Fact]
    public void Without_a_cost_or_assumed_margin_the_suggestion_maximises_revenue()
    {
        var product = SimulatedDemand.Product("R", "Tea", -1.6, 8, seed: 5, cost: null);
        var r = PricingEngine.Train([product], Options with { AssumedMargin = null }).Single();
        Assert.Equal("revenue", r.Suggestion.Objective);
        Assert.Null(r.Suggestion.ExpectedProfitPerDay);
        var assumed = PricingEngine.Train([product], Options).Single();
        Assert.True(assumed.Curve.CostAssumed);
        Assert.Equal("profit", assumed.Suggestion.Objective);
    }

    [Fact]
    public void The_demand_curve_falls_with_price_and_its_range_contains_the_expectation()
    {
        var curve = new DemandCurve(10, 4, -2, -2.5, -1.5, 5, false, 8, 12, 0.1);
        var previous = double.MaxValue;
        foreach (var price in new[] { 6.0, 8, 10, 12, 14 })
        {
            var w = curve.At(price);
            Assert.True(w.Units < previous);
            previous = w.Units;
            Assert.InRange(w.Units, w.UnitsLow, w.UnitsHigh);
            Assert.InRange(w.Profit!.Value, w.ProfitLow!.Value, w.ProfitHigh!.Value);
            Assert.Equal(price * w.Units, w.Revenue, 9);
        }
        Assert.Equal(4, curve.At(10).Units, 9);
        Assert.Equal(4 * Math.Pow(1.1, -2), curve.At(11).Units, 9);
        Assert.Equal(3 * curve.At(12, 9).Units, curve.At(12, 9).Profit!.Value, 9);
    }

    [Fact]
    public void Pricing_survives_a_json_round_trip_and_the_curve_still_works()
    {
        var r = PricingEngine.Train([SimulatedDemand.Product("J", "Tea", -1.5, 5, seed: 3)], Options).Single();
        var back = JsonSerializer.Deserialize<ProductPricing>(JsonSerializer.Serialize(r))!;
        Assert.Equal(r.Elasticity, back.Elasticity);
        Assert.Equal(r.Suggestion, back.Suggestion);
        Assert.Equal(r.Curve.At(21).Units, back.Curve.At(21).Units, 12);
    }

    [Fact]
    public void Products_without_sales_or_prices_are_skipped_without_failing()
    {
        var empty = new ProductPriceHistory("E", "", new DateOnly(2025, 1, 1), new double[50], new double?[50], null);
        Assert.Empty(PricingEngine.Train([empty], Options));
    }
}
