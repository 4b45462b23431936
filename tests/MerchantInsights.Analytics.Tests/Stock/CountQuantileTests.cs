using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

public sealed class CountQuantileTests
{
    [Fact]
    public void Poisson_20_has_its_table_95th_percentile_of_28()
    {
        Assert.Equal(28, CountQuantile.At(20, 20, 0.95));
        Assert.Equal(20, CountQuantile.At(20, 20, 0.5));
    }

    [Fact]
    public void Variance_below_the_mean_is_treated_as_Poisson()
    {
        Assert.Equal(CountQuantile.At(20, 20, 0.95), CountQuantile.At(20, 5, 0.95));
    }

    [Fact]
    public void Negative_binomial_quantile_matches_a_direct_sum_of_its_probabilities()
    {
        // Mean 10, variance 30: q = 1/3, r = 5. P(0) = q^r, P(k+1) = P(k)(k+r)/(k+1)(1−q).
        var (q, r) = (1 / 3.0, 5.0);
        var (pk, cumulative, k) = (Math.Pow(q, r), Math.Pow(q, r), 0);
        while (cumulative < 0.95)
        {
            pk *= (k + r) / (k + 1) * (1 - q);
            cumulative += pk;
            k++;
        }
        Assert.Equal(k, CountQuantile.At(10, 30, 0.95));
        Assert.True(k > CountQuantile.At(10, 10, 0.95), "lumpier demand needs a higher quantile");
    }

    [Fact]
    public void A_large_mean_gives_the_normal_quantile_without_underflow()
    {
        var q = CountQuantile.At(1_000_000, 1_000_000, 0.95);
        Assert.InRange(q, 1_000_000 + 1.6449 * 1000 - 3, 1_000_000 + 1.6449 * 1000 + 3);
    }

    [Fact]
    public void No_demand_needs_no_stock()
    {
        Assert.Equal(0, CountQuantile.At(0, 0, 0.95));
    }
}
