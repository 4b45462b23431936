using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

public sealed class DemandNoiseTests
{
    [Fact]
    public void Poisson_days_have_dispersion_near_one()
    {
        var rng = new Random(3);
        var units = Enumerable.Range(0, 91).Select(_ => (double)Sampling.Poisson(rng, 8)).ToArray();
        Assert.InRange(DemandNoise.Dispersion(units), 1, 1.5);
    }

    [Fact]
    public void Shoppers_buying_in_tens_give_dispersion_near_ten()
    {
        // Orders arrive as Poisson(1) a day and each is 10 units: variance 100, mean 10.
        var rng = new Random(4);
        var units = Enumerable.Range(0, 91).Select(_ => 10.0 * Sampling.Poisson(rng, 1)).ToArray();
        Assert.InRange(DemandNoise.Dispersion(units), 7, 13);
    }

    [Fact]
    public void A_steady_weekly_pattern_is_not_noise()
    {
        double[] week = [2, 3, 4, 5, 8, 12, 6];
        var units = Enumerable.Range(0, 91).Select(t => week[t % 7]).ToArray();
        Assert.Equal(1, DemandNoise.Dispersion(units), 6);
    }

    [Fact]
    public void Short_histories_are_taken_as_Poisson()
    {
        Assert.Equal(1, DemandNoise.Dispersion([0, 40, 0, 0, 35]));
    }
}
