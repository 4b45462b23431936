using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class ValueAccuracyTests
{
    [Fact]
    public void Spearman_is_one_for_any_increasing_relation_and_minus_one_for_a_decreasing_one()
    {
        double[] x = [1, 2, 3, 4, 5];
        Assert.Equal(1, ValueAccuracy.RankCorrelation(x, x.Select(v => Math.Exp(v)).ToArray()), 12);
        Assert.Equal(-1, ValueAccuracy.RankCorrelation(x, x.Select(v => -v * v).ToArray()), 12);
    }

    [Fact]
    public void Spearman_gives_tied_values_their_average_rank()
    {
        // Ranks of y = 1.5, 1.5, 3, 4 against 1, 2, 3, 4: Pearson of the ranks is 0.9487 (= 3 / √10).
        Assert.Equal(3 / Math.Sqrt(10), ValueAccuracy.RankCorrelation([1, 2, 3, 4], [0, 0, 5, 9]), 10);
    }

    [Fact]
    public void Spearman_averages_the_ranks_of_zeros_on_both_sides()
    {
        // Ranks 1.5, 1.5, 3, 4 against 2, 2, 2, 4: covariance 3, variances 4.5 and 3, so ρ = 3 / √13.5 = √(2/3).
        Assert.Equal(Math.Sqrt(2.0 / 3), ValueAccuracy.RankCorrelation([0, 0, 1, 2], [0, 0, 0, 5]), 12);
    }

    [Fact]
    public void Mean_absolute_error_is_the_average_distance()
    {
        var accuracy = ValueAccuracy.Measure("m", [10, 0, 5], [7, 4, 5]);
        Assert.Equal(7.0 / 3, accuracy.MeanAbsoluteError, 12);
        Assert.Equal(3, accuracy.Customers);
    }
}
