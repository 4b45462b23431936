namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// A customer's recency, frequency and monetary values at a day and their quintile scores (5 = best fifth of the shop's
/// customers: most recent, most orders, most spend). <see cref="FrequencyMonetary"/> is the rounded mean of F and M.
/// </summary>
public sealed record RfmScore(string CustomerId, int RecencyDays, int Orders, decimal Spend, int R, int F, int M)
{
    /// <summary>The frequency-and-spend score, 1–5: the mean of F and M, rounded half up.</summary>
    public int FrequencyMonetary => (F + M + 1) / 2;
}
