using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class SignConstraintTests
{
    /// <summary>A response read well below 0 is unchanged: N(−1.5, 0.3²) has no mass worth speaking of above 0.</summary>
    [Fact]
    public void A_response_well_below_zero_is_unchanged()
    {
        var (mean, low, high) = SignConstraint.Apply(-1.5, 0.3);
        Assert.Equal(-1.5, mean, 1e-4);
        Assert.Equal(-1.5 - 1.2816 * 0.3, low, 1e-3);
        Assert.Equal(-1.5 + 1.2816 * 0.3, high, 1e-3);
    }

    /// <summary>N(0, 1) truncated to ε ≤ 0 is the negative half-normal: mean −√(2/π), 10th percentile Φ⁻¹(0.05) = −1.645,
    /// 90th Φ⁻¹(0.45) = −0.126.</summary>
    [Fact]
    public void A_response_centred_on_zero_becomes_the_half_normal()
    {
        var (mean, low, high) = SignConstraint.Apply(0, 1);
        Assert.Equal(-Math.Sqrt(2 / Math.PI), mean, 1e-4);
        Assert.Equal(-1.6449, low, 1e-3);
        Assert.Equal(-0.1257, high, 1e-3);
    }

    /// <summary>Sales that rose with the price, N(1.94, 0.55²) (Online Retail's PINK HANGING HEART T-LIGHT HOLDER): read close
    /// to 0 (about −0.14, range about −0.33 to −0.02), never above it; a wild +10 ± 0.5 stays finite and at most 0.</summary>
    [Fact]
    public void Sales_that_rose_with_the_price_read_close_to_zero_never_above()
    {
        var (mean, low, high) = SignConstraint.Apply(1.94, 0.55);
        Assert.InRange(mean, -0.2, -0.08);
        Assert.InRange(low, -0.4, -0.25);
        Assert.InRange(high, -0.05, 0);
        var wild = SignConstraint.Apply(10, 0.5);
        Assert.True(double.IsFinite(wild.Mean) && wild.Mean <= 0 && wild.Low80 <= wild.Mean && wild.Mean <= wild.High80 && wild.High80 <= 0);
    }
}
