namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// Every customer's lines in date order, grouped once (O(lines · log lines)), from which their history up to any
/// cut-off is cut in O(customers · log lines + lines kept) — the engine needs a dozen cut-offs.
/// </summary>
internal sealed class CustomerHistories
{
    private readonly List<(string Id, CustomerLine[] Lines)> _customers;

    public CustomerHistories(IReadOnlyList<CustomerLine> lines) =>
        _customers = lines.GroupBy(l => l.CustomerId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(l => l.Day).ToArray())).ToList();

    public static List<CustomerHistory> Build(IReadOnlyList<CustomerLine> lines, DateOnly cutoff) => new CustomerHistories(lines)
        .At(cutoff);

    /// <summary>Every customer with a purchase on or before <paramref name="cutoff"/>, ordered by id.</summary>
    public List<CustomerHistory> At(DateOnly cutoff)
    {
        var result = new List<CustomerHistory>();
        foreach (var (id, all) in _customers)
        {
            var count = 0;
            while (count < all.Length && all[count].Day <= cutoff) count++;
            if (count > 0 && Of(id, all[..count]) is { } history) result.Add(history);
        }
        return result;
    }

    private static CustomerHistory? Of(string id, CustomerLine[] own)
    {
        var days = own.Where(l => l.Quantity > 0).Select(l => l.Day).Distinct().ToArray();
        if (days.Length == 0) return null;
        var daySpend = new double[days.Length];
        foreach (var line in own)
        {
            // A return lands on the latest purchase day at or before it.
            var i = Array.BinarySearch(days, line.Day);
            if (i < 0) i = ~i - 1;
            if (i >= 0) daySpend[i] += (double)line.Spend;
        }
        var orders = own.Where(l => l.Quantity > 0).Select(l => l.OrderId).Distinct(StringComparer.Ordinal).Count();
        return new CustomerHistory(id, days[0], days[^1], orders, own.Sum(l => l.Spend), days, daySpend, own);
    }
}
