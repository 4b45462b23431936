using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class ValueHoldoutTests
{
    [Fact]
    public void Hold_out_chooses_the_lowest_mean_absolute_error()
    {
        Assert.Equal(2, ValueHoldout.Choose([new("a", 10, 0.6, 120), new("b", 10, 0.5, 110), new("c", 10, 0.4, 100)]));
    }

    [Fact]
    public void A_model_within_one_percent_of_the_lowest_error_wins_when_it_ranks_better()
    {
        Assert.Equal(0, ValueHoldout.Choose([new("a", 10, 0.6, 100.9), new("b", 10, 0.5, 100), new("c", 10, 0.7, 102)]));
    }

    [Fact]
    public void A_single_model_is_chosen()
    {
        Assert.Equal(0, ValueHoldout.Choose([new("a", 10, double.NaN, 5)]));
    }
}
