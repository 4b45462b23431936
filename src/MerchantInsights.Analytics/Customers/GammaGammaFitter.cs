namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// Fits Gamma-Gamma by maximum likelihood on the customers with at least one repeat purchase and positive mean spend
/// (the model's usual sample: a first purchase alone says little about the next). O(customers · iterations).
/// </summary>
public static class GammaGammaFitter
{
    /// <summary>Maximum-likelihood Gamma-Gamma parameters, and whether the optimiser converged.</summary>
    /// <param name="customers">Each customer's repeat purchase days and mean spend per repeat purchase day (shop currency).</param>
    public static (GammaGammaParameters Parameters, bool Converged) Fit(IReadOnlyList<(int Repeats, double MeanSpend)> customers)
    {
        var sample = customers.Where(c => c.Repeats > 0 && c.MeanSpend > 0).ToArray();
        if (sample.Length < 2) throw new ArgumentException("Gamma-Gamma needs at least two customers with a repeat purchase.",
            nameof(customers));
        var mean = sample.Average(c => c.MeanSpend);
        double LogLikelihood(double[] v)
        {
            var g = new GammaGammaParameters(v[0], v[1], v[2]);
            var sum = 0.0;
            foreach (var (x, m) in sample) sum += GammaGammaModel.LogLikelihood(g, x, m);
            return sum;
        }
        // Start at a spread of 1 per purchase and a shop mean equal to the sample's: γp/(q−1) = mean with p = 1, q = 3.
        var (best, ll, converged) = LogParameterFit.Maximise(LogLikelihood, [1, 3, 2 * mean]);
        return (new GammaGammaParameters(best[0], best[1], best[2], ll), converged);
    }
}
