using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class BgNbdModelTests
{
    private static readonly BgNbdParameters Parameters = new(R: 1.5, Alpha: 20, A: 2, B: 3);

    /// <summary>
    /// The likelihood straight from the model's definition, integrated numerically: given λ and p a customer with x
    /// repeats is either still alive at T, (1−p)^x λ^x e^(−λT), or dropped out after the last repeat,
    /// p (1−p)^(x−1) λ^x e^(−λ t_x); λ ~ Gamma(r, α), p ~ Beta(a, b).
    /// </summary>
    private static double IntegratedLikelihood(BgNbdParameters m, RepeatBuying c)
    {
        double Given(double lambda, double p) =>
            Math.Pow(1 - p, c.Repeats) * Math.Pow(lambda, c.Repeats) * Math.Exp(-lambda * c.Age)
            + (c.Repeats > 0 ? p * Math.Pow(1 - p, c.Repeats - 1) * Math.Pow(lambda, c.Repeats) * Math.Exp(-lambda * c.LastRepeatAge) : 0);
        return Integrate.OnClosedInterval(lambda => Gamma.PDF(m.R, m.Alpha, lambda)
            * Integrate.OnClosedInterval(p => Beta.PDF(m.A, m.B, p) * Given(lambda, p), 0, 1, 1e-12), 0, 3, 1e-14);
    }

    [Theory]
    [InlineData(0, 0, 50)]
    [InlineData(1, 30, 120)]
    [InlineData(4, 80, 100)]
    [InlineData(7, 200, 365)]
    public void Log_likelihood_equals_the_numerically_integrated_likelihood_of_the_model(int x, double tx, double age)
    {
        var customer = new RepeatBuying(x, tx, age);
        Assert.Equal(Math.Log(IntegratedLikelihood(Parameters, customer)), BgNbdModel.LogLikelihood(Parameters, customer), tolerance: 1e-6);
    }

    [Fact]
    public void A_customer_without_repeat_purchases_is_alive_and_one_long_silent_after_many_purchases_probably_is_not()
    {
        Assert.Equal(1, BgNbdModel.ProbabilityAlive(Parameters, new RepeatBuying(0, 0, 300)));
        var silent = BgNbdModel.ProbabilityAlive(Parameters, new RepeatBuying(10, 50, 365));
        var recent = BgNbdModel.ProbabilityAlive(Parameters, new RepeatBuying(10, 360, 365));
        Assert.True(silent < 0.05, $"P(alive) {silent}");
        Assert.True(recent > 0.8, $"P(alive) {recent}");
    }

    [Fact]
    public void Hypergeometric_series_matches_its_closed_form_for_one_one_two()
    {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z.
        foreach (var z in new[] { 0.1, 0.5, 0.9 })
            Assert.Equal(-Math.Log(1 - z) / z, MerchantInsights.Analytics.Customers.Hypergeometric.Series(1, 1, 2, z), 10);
    }
}
