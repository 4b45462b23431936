using MathNet.Numerics.Distributions;
using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class GammaGammaFitterTests
{
    private static readonly GammaGammaParameters Truth = new(P: 6, Q: 4, Gamma: 15);

    /// <summary>Customers with 1–12 repeat purchases whose values follow the Gamma-Gamma story; returns (x, mean spend).</summary>
    private static List<(int Repeats, double MeanSpend)> Simulate(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var nu = Gamma.Sample(rng, Truth.Q, Truth.Gamma);
            var x = 1 + rng.Next(12);
            return (x, Enumerable.Range(0, x).Average(_ => Gamma.Sample(rng, Truth.P, nu)));
        }).ToList();
    }

    [Fact]
    public void Fit_recovers_the_parameters_of_simulated_spend()
    {
        var (fitted, converged) = GammaGammaFitter.Fit(Simulate(5000, seed: 5));

        Assert.True(converged);
        Assert.InRange(fitted.P / Truth.P, 0.85, 1.18);
        Assert.InRange(fitted.Q / Truth.Q, 0.8, 1.25);
        Assert.InRange(fitted.Gamma / Truth.Gamma, 0.7, 1.4);
        Assert.InRange(fitted.PopulationMean / Truth.PopulationMean, 0.95, 1.05);
    }

    [Fact]
    public void Expected_spend_shrinks_a_one_purchase_customer_more_toward_the_shop_mean_than_a_regular()
    {
        var shop = Truth.PopulationMean;
        var once = GammaGammaModel.ExpectedSpend(Truth, 1, 3 * shop);
        var often = GammaGammaModel.ExpectedSpend(Truth, 20, 3 * shop);

        Assert.InRange(once, shop, often);
        Assert.InRange(often, shop, 3 * shop);
        Assert.Equal(shop, GammaGammaModel.ExpectedSpend(Truth, 0, 0), 10);
    }
}
