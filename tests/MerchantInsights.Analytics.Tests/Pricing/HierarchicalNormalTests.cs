using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class HierarchicalNormalTests
{
    private static double Gaussian(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    [Fact]
    public void Precise_readings_keep_their_own_values_and_read_the_spread_between_them()
    {
        // Ten products measured almost exactly, spread ±0.4 around −1.5: the data settle τ and each product keeps its reading.
        var truths = Enumerable.Range(0, 10).Select(i => -1.5 + 0.4 * (i - 4.5) / 2.87).ToArray();
        var model = new HierarchicalNormal([.. truths.Select(t => (t, 0.01))], tauPriorScale: 0.5);
        Assert.InRange(model.Mean, -1.52, -1.48);
        Assert.InRange(Math.Sqrt(model.Tau2), 0.3, 0.55);
        foreach (var t in truths) Assert.InRange(model.Posterior(t, 0.01).Mean, t - 0.01, t + 0.01);
    }

    [Fact]
    public void A_few_noisy_readings_that_agree_still_leave_room_for_products_to_differ()
    {
        // Eight readings whose scatter is smaller than their errors: the moment estimate of τ is 0 (everybody would get the
        // category's mean with the mean's own narrow range); the posterior keeps the spreads such readings cannot rule out.
        double[] readings = [-1.4, -1.6, -1.5, -1.55, -1.45, -1.5, -1.65, -1.35];
        var model = new HierarchicalNormal([.. readings.Select(r => (r, 0.6))], tauPriorScale: 0.5);
        Assert.InRange(model.Mean, -1.55, -1.45);
        Assert.InRange(Math.Sqrt(model.Tau2), 0.15, 0.5);
        var (_, variance) = model.Posterior(-1.4, 0.6);
        Assert.True(Math.Sqrt(variance) > Math.Sqrt(model.MeanVar) * 1.2,
            $"posterior sd {Math.Sqrt(variance):0.000} against the mean's own {Math.Sqrt(model.MeanVar):0.000}");
    }

    [Fact]
    public void Eighty_percent_ranges_cover_about_eighty_percent_of_true_values()
    {
        // 400 categories of 8 products, true spread 0.3 around each category's mean, standard errors 0.1–0.8.
        var rng = new Random(7);
        var (covered, total) = (0, 0);
        for (var c = 0; c < 400; c++)
        {
            var mean = -2.5 + 2 * rng.NextDouble();
            var products = Enumerable.Range(0, 8).Select(_ =>
            {
                var truth = mean + 0.3 * Gaussian(rng);
                var se = 0.1 + 0.7 * rng.NextDouble();
                return (Truth: truth, Estimate: truth + se * Gaussian(rng), Se: se);
            }).ToList();
            var model = new HierarchicalNormal([.. products.Select(p => (p.Estimate, p.Se))], tauPriorScale: 0.5);
            foreach (var p in products)
            {
                var (m, v) = model.Posterior(p.Estimate, p.Se);
                covered += Math.Abs(p.Truth - m) <= 1.2816 * Math.Sqrt(v) ? 1 : 0;
                total++;
            }
        }
        Assert.InRange(covered / (double)total, 0.77, 0.85);
    }
}
