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

    /// <summary>
    /// Five categories of six products whose true means differ little (−1.1 to −1.5), spread τ = 0.3 around them, each product
    /// read with a standard error of 1.2 (a young shop's few price changes): each category's own mean errs by about 0.5, so
    /// leaning the categories toward the shop's mean (the third level) reads the products closer to the truth, over 30 shops.
    /// </summary>
    [Fact]
    public void Categories_read_from_a_few_noisy_products_lean_toward_the_shop()
    {
        double[] means = [-1.1, -1.2, -1.3, -1.4, -1.5];
        var (flat, pooled, covered, count) = (0.0, 0.0, 0, 0);
        for (var seed = 0; seed < 30; seed++)
        {
            var rng = new Random(seed);
            double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            var shop = Enumerable.Range(0, 30).Select(i =>
            {
                var truth = means[i % 5] + 0.3 * Gaussian();
                return (Category: $"C{i % 5}", Truth: truth, Estimate: truth + 1.2 * Gaussian(), Se: 1.2);
            }).ToList();
            var readings = shop.Select(p => (p.Category, p.Estimate, p.Se)).ToList();
            var (toward, alone) = (new ElasticityPooling(readings), new ElasticityPooling(readings, categoriesTowardShop: false));
            // The page says so: each category's own products give well under all of its typical response.
            Assert.All(means.Select((_, c) => toward.CategoryLeansOnShop($"C{c}")), lean => Assert.InRange(lean!.Value.OwnShare, 0.2, 0.75));
            Assert.Null(alone.CategoryLeansOnShop("C0"));
            foreach (var p in shop)
            {
                var fit = toward.Posterior(p.Category, p.Estimate, p.Se);
                pooled += Math.Abs(fit.Mean - p.Truth);
                flat += Math.Abs(alone.Posterior(p.Category, p.Estimate, p.Se).Mean - p.Truth);
                if (Math.Abs(p.Truth - fit.Mean) <= 1.2816 * Math.Sqrt(fit.Variance)) covered++;
                count++;
            }
        }
        (flat, pooled) = (flat / count, pooled / count);
        Assert.True(pooled < 0.8 * flat, $"toward the shop MAE {pooled:0.000}, categories alone {flat:0.000}");
        Assert.InRange(covered / (double)count, 0.72, 0.95);
    }

    /// <summary>Six categories of 30 products measured well (standard errors 0.05–0.6) and far apart (−0.9 to −2.8) keep their own
    /// means: the third level moves none by more than 0.05.</summary>
    [Fact]
    public void Categories_measured_well_keep_their_own_means()
    {
        var readings = Shop(understated: 1, seed: 3).Select(p => (p.Category, p.Estimate, p.Se)).ToList();
        var (toward, alone) = (new ElasticityPooling(readings), new ElasticityPooling(readings, categoriesTowardShop: false));
        for (var c = 0; c < 6; c++)
        {
            Assert.InRange(toward.Prior($"C{c}").Mean - alone.Prior($"C{c}").Mean, -0.05, 0.05);
            Assert.Null(toward.CategoryLeansOnShop($"C{c}"));
        }
    }
}
