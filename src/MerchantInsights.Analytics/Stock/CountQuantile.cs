namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// Quantiles of a count of units with a given mean and variance: Poisson when the variance is at most the mean,
/// otherwise the negative binomial with the same mean and variance (moment-matched; a gamma-mixed Poisson, the usual
/// model of lumpy retail demand — Syntetos &amp; Boylan, "Intermittent Demand Forecasting", ch. 4). The CDF is summed
/// from about 12 standard deviations below the mean, each term from log-gamma, so cost is O(standard deviation) and
/// large means neither underflow nor take long. Returns the smallest k with P(X ≤ k) ≥ p.
/// </summary>
public static class CountQuantile
{
    /// <summary>The smallest unit count k with P(X ≤ k) ≥ <paramref name="p"/>; 0 when the mean is not positive.</summary>
    /// <param name="mean">Expected units.</param>
    /// <param name="variance">Variance of the units (raised to the mean when below it).</param>
    /// <param name="p">Probability, 0–1 (e.g. the service level).</param>
    public static int At(double mean, double variance, double p)
    {
        if (!(mean > 0)) return 0;
        variance = Math.Max(variance, mean);
        var sd = Math.Sqrt(variance);
        var start = (int)Math.Max(0, Math.Floor(mean - 12 * sd));
        var poisson = variance <= mean * (1 + 1e-9);
        // Negative binomial: r successes, success probability q; mean r(1−q)/q, variance mean/q.
        var q = mean / variance;
        var r = mean * q / (1 - q);
        double LogPmf(int k) => poisson
            ? k * Math.Log(mean) - mean - LogGamma.Of(k + 1)
            : LogGamma.Of(k + r) - LogGamma.Of(r) - LogGamma.Of(k + 1) + r * Math.Log(q) + k * Math.Log(1 - q);
        var cumulative = 0.0;
        var limit = mean + 60 * sd + 50;
        for (var k = start; k < limit; k++)
        {
            cumulative += Math.Exp(LogPmf(k));
            if (cumulative >= p) return k;
        }
        return (int)Math.Ceiling(limit);
    }
}
