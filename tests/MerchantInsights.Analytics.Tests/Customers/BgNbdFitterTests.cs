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

    /// <summary>P(active) is calibrated: among simulated customers, grouped by it, the share who really buy in the next 90 days
    /// matches; and one-time buyers, alive by the model's definition, fall with the time since they bought.</summary>
    [Fact]
    public void Probability_of_buying_in_the_next_90_days_matches_the_share_who_do()
    {
        var customers = BgNbdProcess.Simulate(Truth, 6000, End, seed: 5);
        var cutoff = End.AddDays(-90);
        var seen = customers.Where(c => c.First <= cutoff).ToList();
        var buying = BgNbdProcess.Buying(seen, cutoff);
        var predicted = buying.Select(c => BgNbdModel.ProbabilityOfPurchase(Truth, c, 90)).ToList();
        var bought = seen.Select(c => c.Purchases.Any(d => d > cutoff) ? 1.0 : 0.0).ToList();

        Assert.InRange(predicted.Average() - bought.Average(), -0.015, 0.015);
        foreach (var group in predicted.Zip(bought).GroupBy(pb => (int)(pb.First * 4)).Where(g => g.Count() >= 200))
            Assert.InRange(group.Average(pb => pb.First) - group.Average(pb => pb.Second), -0.04, 0.04);

        var recent = BgNbdModel.ProbabilityOfPurchase(Truth, new RepeatBuying(0, 0, 20), 90);
        var old = BgNbdModel.ProbabilityOfPurchase(Truth, new RepeatBuying(0, 0, 320), 90);
        Assert.Equal(1, BgNbdModel.ProbabilityAlive(Truth, new RepeatBuying(0, 0, 320)));
        Assert.True(old < recent && old < 0.35, $"one-time buyer 320 days ago {old:0.000}, 20 days ago {recent:0.000}");
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
