namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Distinct products per basket (an order, or a customer's orders within a window), products as dense indices, and the
/// stratum of each basket: every customer with two or more baskets is a stratum of their own; guests and one-basket
/// customers share stratum 0. Strata let the significance test ignore a single customer's habits.
/// </summary>
internal sealed class Baskets
{
    private Baskets(string[] productIds, int[][] items, int[] stratum, int strataCount)
    {
        ProductIds = productIds;
        Items = items;
        Stratum = stratum;
        StrataCount = strataCount;
    }

    public string[] ProductIds { get; }

    /// <summary>Each basket's distinct product indices, ascending.</summary>
    public int[][] Items { get; }
    public int[] Stratum { get; }
    public int StrataCount { get; }

    public static Baskets Build(PurchaseHistory history, int customerWindowDays)
    {
        var orders = new Dictionary<int, (int Customer, int Day, HashSet<int> Items)>();
        for (var i = 0; i < history.Count; i++)
        {
            if (!orders.TryGetValue(history.Order[i], out var order))
                orders.Add(history.Order[i], order = (history.User[i], history.Day[i], []));
            order.Items.Add(history.Item[i]);
        }
        var baskets = customerWindowDays > 0
            ? WindowBaskets(orders.Values, customerWindowDays).ToList()
            : [.. orders.Values.Select(o => (o.Customer, o.Items))];
        var (stratum, strataCount) = Strata(baskets);
        return new Baskets(history.ProductIds, [.. baskets.Select(b => Sorted(b.Items))], stratum, strataCount);
    }

    private static (int[] Stratum, int Count) Strata(List<(int Customer, HashSet<int> Items)> baskets)
    {
        var perCustomer = baskets.Where(b => b.Customer >= 0).CountBy(b => b.Customer)
            .Where(c => c.Value >= 2).Select((c, i) => (c.Key, Stratum: i + 1))
            .ToDictionary(c => c.Key, c => c.Stratum);
        var stratum = baskets.Select(b => perCustomer.GetValueOrDefault(b.Customer)).ToArray();
        return (stratum, perCustomer.Count + 1);
    }

    private static IEnumerable<(int Customer, HashSet<int> Items)> WindowBaskets(
        IEnumerable<(int Customer, int Day, HashSet<int> Items)> orders, int windowDays)
    {
        foreach (var group in orders.GroupBy(o => o.Customer))
        {
            if (group.Key < 0)
            {
                foreach (var order in group) yield return (group.Key, order.Items);
                continue;
            }
            HashSet<int>? current = null;
            var start = 0;
            foreach (var order in group.OrderBy(o => o.Day))
            {
                if (current is null || order.Day - start >= windowDays)
                {
                    if (current is not null) yield return (group.Key, current);
                    current = [];
                    start = order.Day;
                }
                current.UnionWith(order.Items);
            }
            if (current is not null) yield return (group.Key, current);
        }
    }

    private static int[] Sorted(HashSet<int> items)
    {
        var array = items.ToArray();
        Array.Sort(array);
        return array;
    }
}
