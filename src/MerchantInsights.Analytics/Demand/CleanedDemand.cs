namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// The cleaned demand of a shop, line by line in the order of the input: each line's role and the units of demand it
/// carries (0 for cancelled, free, returned and non-merchandise lines; capped for one-offs), each product's class, and
/// the one-off orders found. Every engine (forecasts, prices, recommendations, customers, stock) reads this.
/// </summary>
public sealed record CleanedDemand(LineRole[] Roles, double[] Demand, IReadOnlyDictionary<string, ProductClass> Classes,
    IReadOnlyList<OneOffOrder> OneOffs, CleaningCounts Counts)
{
    /// <summary>Whether a product counts as merchandise (true for a product with no class: nothing said otherwise).</summary>
    public bool IsMerchandise(string productId) => !Classes.TryGetValue(productId, out var c) || c.IsMerchandise;
}

/// <summary>How much the cleaning changed, for the job summary and the overview.</summary>
public sealed record CleaningCounts(int Lines, int CancellationsMatched, int CancelledSales, int Returns, int FreeLines, int OneOffs,
    int NotMerchandiseProducts, int NotMerchandiseLines);
