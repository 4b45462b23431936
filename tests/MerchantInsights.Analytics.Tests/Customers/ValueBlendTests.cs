using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class ValueBlendTests
{
    [Fact]
    public void Blend_is_the_geometric_mean_of_both_predictions()
    {
        Assert.Equal(6, ValueBlend.Of(4, 9), 12);
        Assert.Equal([10, 0.5], ValueBlend.Of([100, 0.25], [1, 1]));
    }

    [Fact]
    public void Blend_is_zero_when_either_model_expects_nothing()
    {
        Assert.Equal(0, ValueBlend.Of(0, 500));
        Assert.Equal(0, ValueBlend.Of(-3, 500));
    }

    [Fact]
    public void Blend_rejects_predictions_for_different_customers()
    {
        Assert.Throws<ArgumentException>(() => ValueBlend.Of([1, 2], [1]));
    }
}
