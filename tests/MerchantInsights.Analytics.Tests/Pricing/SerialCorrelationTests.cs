using MathNet.Numerics.LinearAlgebra;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class SerialCorrelationTests
{
    private static readonly Matrix<double> Identity = Matrix<double>.Build.DenseIdentity(1);

    [Fact]
    public void A_shock_that_lasts_for_weeks_widens_the_error_by_the_bartlett_sum()
    {
        // 100 days, score +1 for 50 days then −1: bandwidth ⌊4·1^(2/9)⌋ = 4, lag-l sum 100 − 3l, so the variance is
        // 100 + 2(0.8·97 + 0.6·94 + 0.4·91 + 0.2·88) = 476, against 100 for independent days.
        var scores = Enumerable.Range(0, 100).Select(t => (t, new[] { t < 50 ? 1.0 : -1.0 })).ToList();
        Assert.Equal(Math.Sqrt(476), SerialCorrelation.StandardErrors(Identity, scores)[0], 9);
    }

    [Fact]
    public void Scores_that_flip_every_day_are_not_widened()
    {
        // Alternating ±1: odd lags subtract, even lags add, and the Bartlett sum comes to less than the lag-0 variance.
        var scores = Enumerable.Range(0, 100).Select(t => (t, new[] { t % 2 == 0 ? 1.0 : -1.0 })).ToList();
        Assert.True(SerialCorrelation.StandardErrors(Identity, scores)[0] < 10);
    }
}
