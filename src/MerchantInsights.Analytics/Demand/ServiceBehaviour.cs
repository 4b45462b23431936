using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// Recognises non-merchandise lines by how they sell, whatever they are called: never at a real price (only free lines or
/// stock adjustments); revenue-only lines (nearly always quantity 1, at many unrelated prices — a charge, not a product);
/// and one code across a large share of all orders, always once, at varying prices (shipping). Rules, not a model, so
/// the reason can be said in words; thresholds are deliberately far from how merchandise sells.
/// </summary>
public static class ServiceBehaviour
{
    /// <summary>Why the product's sales look like a service line, or null.</summary>
    public static string? Reason(IReadOnlyList<SaleLine> lines, IReadOnlyList<int> productLines, int shopOrders, CleaningOptions options)
    {
        var sales = productLines.Where(i => lines[i].Quantity > 0).ToList();
        if (sales.Count == 0) return "It has only returns or stock adjustments, never a sale.";
        var prices = sales.Select(i => lines[i].UnitPrice).Where(p => p > options.MinRealPrice).Order().ToArray();
        if (prices.Length == 0) return
            "It was never sold at a real price (only at 0.00 or a fraction of a cent): free lines or adjustments, not sales.";
        var single = sales.Count(i => Math.Abs(lines[i].Quantity - 1) < 1e-9) / (double)sales.Count;
        var distinct = prices.Distinct().Count();
        var (p10, p90) = (SortedQuantiles.At(prices, 0.1), SortedQuantiles.At(prices, 0.9));
        var spread = p10 > 0 ? p90 / p10 : double.PositiveInfinity;
        if (sales.Count >= 10 && single >= 0.9 && distinct >= Math.Max(5, 0.3 * prices.Length) && spread >= 4)
            return $"It is sold one at a time at {distinct:N0} different prices from {prices[0]:0.00} to {prices[^1]:0.00}: a charge or " +
                $"adjustment, not a product.";
        var orders = sales.Select(i => lines[i].OrderId).Distinct().Count();
        if (shopOrders > 0 && orders >= 50 && orders >= 0.2 * shopOrders && single >= 0.95 && distinct >= 3 && spread >= 1.5)
            return $"It is in {orders / (double)shopOrders:P0} of all orders, always once, at prices from {prices[0]:0.00} to " +
                $"{prices[^1]:0.00}: a shipping or fee line.";
        return null;
    }
}
