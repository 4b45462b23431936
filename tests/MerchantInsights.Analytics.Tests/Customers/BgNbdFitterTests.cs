using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class BgNbdFitterTests
{
    private static readonly BgNbdParameters Truth = new(R: 0.6, Alpha: 25, A: 0.9, B: 3.5);
    private static readonly DateOnly End = new(2024, 6, 30);

    [Fact]
    public void Fit_recovers_the_parameters_of_customers_simulated_from_the_BG_NBD_process()
    {
        var customers = BgNbdProcess.Simulate(Truth, 6000, End, seed: 7);
        var (fitted, converged) = BgNbdFitter.Fit(BgNbdProcess.Buying(customers, End));

        Assert.True(converged);
        Assert.InRange(fitted.R / Truth.R, 0.8, 1.25);
        Assert.InRange(fitted.Alpha / Truth.Alpha, 0.75, 1.33);
        Assert.InRange(fitted.A / Truth.A, 0.6, 1.6);
        Assert.InRange(fitted.B / Truth.B, 0.6, 1.6);
        // The mean purchase rate r/α is what the data pin down best.
        Assert.InRange(fitted.R / fitted.Alpha / (Truth.R / Truth.Alpha), 0.9, 1.1);
    }

    [Fact]
    public void Expected_purchases_in_a_hold_out_match_what_the_simulated_customers_really_bought()
    {
        var customers = BgNbdProcess.Simulate(Truth, 6000, End, seed: 11);
        var cutoff = End.AddDays(-90);
        var (fitted, _) = BgNbdFitter.Fit(BgNbdProcess.Buying(customers, cutoff));
        var seen = customers.Where(c => c.First <= cutoff).ToList();

        var expected = BgNbdProcess.Buying(seen, cutoff).Sum(c => BgNbdModel.ExpectedPurchases(fitted, c, 90));
        var real = seen.Sum(c => c.Purchases.Count(d => d > cutoff));

        Assert.InRange(expected / real, 0.9, 1.1);
    }

    [Fact]
    public void Fitted_log_likelihood_is_the_sum_of_the_customers_log_likelihoods_and_beats_the_truth()
    {
        var buying = BgNbdProcess.Buying(BgNbdProcess.Simulate(Truth, 2000, End, seed: 3), End);
        var (fitted, _) = BgNbdFitter.Fit(buying);

        var recomputed = buying.Sum(c => BgNbdModel.LogLikelihood(fitted, c));
        Assert.Equal(recomputed, fitted.LogLikelihood, 6);
        Assert.True(fitted.LogLikelihood >= buying.Sum(c => BgNbdModel.LogLikelihood(Truth, c)));
    }
}
