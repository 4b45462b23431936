namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Do this shop's buyers stock up on promotions? Pooled over all products: the units sold in the days after promotions
/// (left out of each fit as dips) against the units each product's fit expects on those days at the regular price.
/// Stocking up shows as a clear shortfall: z = (sold − expected) / √(φ·expected) below −<see cref="Z"/> (one-sided 2.3%),
/// φ the median dispersion of the products' fits. O(products).
/// Limits: one answer for the whole shop; a shop where only a few products are stocked up on reads as not stocking up.
/// </summary>
internal static class PullForward
{
    public const double Z = 2;

    public static bool Detected(IEnumerable<(double Sold, double Expected, double Dispersion)> products)
    {
        var withDips = products.Where(p => p.Expected > 0).ToList();
        if (withDips.Count == 0) return false;
        var (sold, expected) = (withDips.Sum(p => p.Sold), withDips.Sum(p => p.Expected));
        var dispersion = withDips.Select(p => p.Dispersion).Order().ElementAt(withDips.Count / 2);
        return (sold - expected) / Math.Sqrt(dispersion * expected) < -Z;
    }
}
