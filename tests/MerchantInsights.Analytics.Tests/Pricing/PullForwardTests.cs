using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class PullForwardTests
{
    [Fact]
    public void A_clear_shortfall_after_promotions_is_stocking_up()
    {
        // 400 units expected after promotions, 330 sold: z = −70 / √(1.2 · 400) ≈ −3.2.
        Assert.True(PullForward.Detected([(200, 250, 1.2), (130, 150, 1.0), (0, 0, 5)]));
    }

    [Fact]
    public void A_shortfall_within_the_noise_is_not()
    {
        // 400 expected, 380 sold: z = −20 / √(1.2 · 400) ≈ −0.9.
        Assert.False(PullForward.Detected([(240, 250, 1.2), (140, 150, 1.2)]));
        Assert.False(PullForward.Detected([]));
    }

    [Fact]
    public void A_group_of_rows_is_fitted_as_their_sum()
    {
        // Two rows per observation with x = 0 and x = 1: only the sums are seen, e^a + e^(a+b) = 3 and, with the
        // second row doubled in the other group, e^a + 2e^(a+b) = 5, and a lone row at x = 0 selling 1: e^a = 1, e^b = 2.
        double[][] x = [[1, 0], [1, 1], [1, 0], [1, 1], [1, 1], [1, 0]];
        double[] y = [3, 0, 5, 0, 0, 1];
        var fit = PoissonFit.Fit(x, y, groups: [0, 0, 1, 1, 1, -1])!;
        Assert.Equal(0, fit.Coefficients[0], 4);
        Assert.Equal(Math.Log(2), fit.Coefficients[1], 4);
    }
}
