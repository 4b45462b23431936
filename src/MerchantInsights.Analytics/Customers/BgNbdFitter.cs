namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// Fits BG/NBD by maximum likelihood (<see cref="LogParameterFit"/>). Customers with the same (x, t_x, T) are counted
/// once with a weight, so the cost is O(distinct histories · iterations), about 0.1 s for 5,000 customers.
/// </summary>
public static class BgNbdFitter
{
    /// <summary>Maximum-likelihood BG/NBD parameters for these customers' repeat buying, and whether the optimiser converged.</summary>
    /// <param name="customers">Each customer's repeat purchase days, age at the last repeat and age at the cut-off (days).</param>
    public static (BgNbdParameters Parameters, bool Converged) Fit(IReadOnlyList<RepeatBuying> customers)
    {
        if (customers.Count == 0) throw new ArgumentException("BG/NBD needs at least one customer.", nameof(customers));
        var groups = customers.GroupBy(c => c).Select(g => (Customer: g.Key, Weight: (double)g.Count())).ToArray();
        var meanRate = Math.Max(0.01, customers.Average(c => (double)c.Repeats)) / Math.Max(1, customers.Average(c => c.Age));
        double LogLikelihood(double[] v)
        {
            var p = new BgNbdParameters(v[0], v[1], v[2], v[3]);
            var sum = 0.0;
            foreach (var (customer, weight) in groups) sum += weight * BgNbdModel.LogLikelihood(p, customer);
            return sum;
        }
        var (best, ll, converged) = LogParameterFit.Maximise(LogLikelihood, [1, 1 / meanRate, 0.8, 2.5]);
        return (new BgNbdParameters(best[0], best[1], best[2], best[3], ll), converged);
    }
}
