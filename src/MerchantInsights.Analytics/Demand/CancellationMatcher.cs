namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// Nets cancellations out of demand. A negative line cancels the most recent earlier sales of the same product to the same
/// customer (guests: the same order) made at most <see cref="CleaningOptions.CancellationWindowDays"/> days before, when
/// those sales still hold at least its quantity (equal or smaller: a partial cancellation); the sales' demand falls by
/// it. Any other negative line is a return: the units were sold, so demand keeps them (UCI's "C" invoices, marketplace
/// refunds of a whole line are cancellations; a return weeks later is not). O(n log n) per product for the sort, then
/// linear in the lines of each customer.
/// </summary>
public static class CancellationMatcher
{
    /// <summary>
    /// For the lines <paramref name="productLines"/> (indices into <paramref name="lines"/>, one product), sets
    /// <paramref name="demand"/> (remaining units of each sale) and <paramref name="roles"/> of the negative lines and
    /// of sales cancelled whole. Returns the number of cancellation lines matched.
    /// </summary>
    public static int Match(IReadOnlyList<SaleLine> lines, IReadOnlyList<int> productLines, double[] demand, LineRole[] roles,
        CleaningOptions options)
    {
        var ordered = productLines.ToArray();
        // Time order; at the same moment sales first, so an immediate cancellation finds its sale.
        Array.Sort(ordered, (a, b) => lines[a].At.CompareTo(lines[b].At) is var c && c != 0 ? c
            : lines[b].Quantity.CompareTo(lines[a].Quantity));
        var open = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var matched = 0;
        foreach (var i in ordered)
        {
            var line = lines[i];
            var key = line.CustomerId is { Length: > 0 } c ? "c:" + c : "o:" + line.OrderId;
            if (line.Quantity > 0)
            {
                demand[i] = line.Quantity;
                (open.TryGetValue(key, out var list) ? list : open[key] = []).Add(i);
                continue;
            }
            demand[i] = 0;
            if (line.Quantity == 0) { roles[i] = LineRole.Return; continue; }
            roles[i] = open.TryGetValue(key, out var sales) && Cancel(lines, sales, i, -line.Quantity, demand, roles, options)
                ? LineRole.Cancellation : LineRole.Return;
            if (roles[i] == LineRole.Cancellation) matched++;
        }
        return matched;
    }

    private static bool Cancel(IReadOnlyList<SaleLine> lines, List<int> sales, int negative, double quantity, double[] demand,
        LineRole[] roles, CleaningOptions options)
    {
        var from = DateOnly.FromDateTime(lines[negative].At).AddDays(-options.CancellationWindowDays);
        var available = 0.0;
        for (var k = sales.Count - 1; k >= 0 && DateOnly.FromDateTime(lines[sales[k]].At) >= from; k--) available += demand[sales[k]];
        if (available + 1e-9 < quantity) return false;
        for (var k = sales.Count - 1; k >= 0 && quantity > 1e-9; k--)
        {
            var take = Math.Min(demand[sales[k]], quantity);
            demand[sales[k]] -= take;
            quantity -= take;
            if (demand[sales[k]] <= 1e-9) { demand[sales[k]] = 0; roles[sales[k]] = LineRole.Cancelled; }
        }
        return true;
    }
}
