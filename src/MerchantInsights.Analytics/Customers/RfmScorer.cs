namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// RFM quintile scoring (Hughes, "Strategic Database Marketing", 1994): each of recency, frequency and monetary value is
/// scored 1–5 by the share of customers it beats, so ties share a score (every one-order customer has the same F) and a
/// score of 5 means "better than at least 80% of customers". O(n log n).
/// </summary>
public static class RfmScorer
{
    /// <summary>Scores every customer 1–5 on recency, orders and spend against the others in the list (same order as the input).</summary>
    /// <param name="customers">Each customer's days since the last order, number of orders and total spend (shop currency).</param>
    public static IReadOnlyList<RfmScore> Score(IReadOnlyList<(string CustomerId, int RecencyDays, int Orders, decimal Spend)> customers)
    {
        // Fewer days since the last order is better, so recency is scored on its negative.
        var r = Quintiles(customers.Select(c => -(double)c.RecencyDays).ToArray());
        var f = Quintiles(customers.Select(c => (double)c.Orders).ToArray());
        var m = Quintiles(customers.Select(c => (double)c.Spend).ToArray());
        return customers.Select((c, i) => new RfmScore(c.CustomerId, c.RecencyDays, c.Orders, c.Spend, r[i], f[i], m[i])).ToList();
    }

    /// <summary>1 + ⌊5 · (customers with a strictly lower value) / n⌋.</summary>
    internal static int[] Quintiles(double[] values)
    {
        var sorted = values.Order().ToArray();
        return values.Select(v =>
        {
            var below = LowerBound(sorted, v);
            return 1 + Math.Min(4, 5 * below / Math.Max(1, sorted.Length));
        }).ToArray();
    }

    private static int LowerBound(double[] sorted, double value)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
