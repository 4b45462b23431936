using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class ElasticityPoolingTests
{
    /// <summary>
    /// Six categories of 30 products, true elasticities spread τ = 0.3 around their category's mean (−0.9 to −2.8), each
    /// measured with a stated standard error from 0.05 to 0.6 whose real error is <paramref name="understated"/> times it.
    /// </summary>
    private static List<(string Category, double Truth, double Estimate, double Se)> Shop(double understated, int seed)
    {
        var rng = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        double[] means = [-0.9, -1.3, -1.6, -1.9, -2.3, -2.8];
        return Enumerable.Range(0, 180).Select(i =>
        {
            var truth = means[i % 6] + 0.3 * Gaussian();
            var se = 0.05 + 0.55 * (i / 6) / 29.0;
            return ($"C{i % 6}", truth, truth + understated * se * Gaussian(), se);
        }).ToList();
    }

    [Fact]
    public void Honest_standard_errors_are_taken_as_they_are()
    {
        var shop = Shop(understated: 1, seed: 1);
        var pooling = new ElasticityPooling(shop.Select(p => (p.Category, p.Estimate, p.Se)).ToList());
        Assert.InRange(pooling.SeInflation, 1.0, 1.2);
    }

    [Fact]
    public void Errors_three_times_their_stated_size_are_read_and_shrunk_harder()
    {
        var shop = Shop(understated: 3, seed: 2);
        var pooling = new ElasticityPooling(shop.Select(p => (p.Category, p.Estimate, p.Se)).ToList());
        Assert.InRange(pooling.SeInflation, 2.4, 3.6);
        var posterior = shop.Select(p => (p.Truth, Fit: pooling.Posterior(p.Category, p.Estimate, p.Se))).ToList();
        var own = shop.Average(p => Math.Abs(p.Estimate - p.Truth));
        var pooled = posterior.Average(p => Math.Abs(p.Fit.Mean - p.Truth));
        // Own readings err by 3 × 0.33 × 0.8 ≈ 0.8 on average; the category alone by 0.3 × 0.8 ≈ 0.24.
        Assert.True(pooled < 0.3 && pooled < own / 2, $"pooled MAE {pooled:0.000}, own {own:0.000}");
        // The interval keeps room for the true spread around the category: its 80% covers most truths.
        var covered = posterior.Count(p => Math.Abs(p.Truth - p.Fit.Mean) <= 1.2816 * Math.Sqrt(p.Fit.Variance)) / (double)shop.Count;
        Assert.InRange(covered, 0.7, 1.0);
        // A precise product's own weight is smaller than its stated error alone would give.
        var tau2 = pooling.Prior("C0").Tau2;
        Assert.True(pooling.OwnWeight("C0", 0.1) < tau2 / (tau2 + 0.01));
    }
}
