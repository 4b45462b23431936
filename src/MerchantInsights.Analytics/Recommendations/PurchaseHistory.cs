namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Purchase lines (quantity &gt; 0) encoded as parallel arrays of dense product, customer and order indices.</summary>
internal sealed class PurchaseHistory
{
    private PurchaseHistory(string[] productIds, string[] customerIds, int[] item, int[] user, int[] order, int[] day)
    {
        ProductIds = productIds;
        CustomerIds = customerIds;
        Item = item;
        User = user;
        Order = order;
        Day = day;
        LastDay = day.Length == 0 ? 0 : day.Max();
    }

    public string[] ProductIds { get; }
    public string[] CustomerIds { get; }
    public int[] Item { get; }

    /// <summary>Customer index, or -1 for a guest.</summary>
    public int[] User { get; }
    public int[] Order { get; }

    /// <summary><see cref="DateOnly.DayNumber"/> of each line.</summary>
    public int[] Day { get; }
    public int LastDay { get; }
    public int Count => Item.Length;

    public static PurchaseHistory From(IReadOnlyList<PurchaseLine> lines)
    {
        var products = new Dictionary<string, int>(StringComparer.Ordinal);
        var customers = new Dictionary<string, int>(StringComparer.Ordinal);
        var orders = new Dictionary<string, int>(StringComparer.Ordinal);
        List<int> item = [], user = [], order = [], day = [];
        foreach (var line in lines)
        {
            if (line.Quantity <= 0 || string.IsNullOrEmpty(line.ProductId)) continue;
            item.Add(IndexOf(products, line.ProductId));
            user.Add(string.IsNullOrEmpty(line.CustomerId) ? -1 : IndexOf(customers, line.CustomerId));
            order.Add(IndexOf(orders, line.OrderId));
            day.Add(line.Day.DayNumber);
        }
        return new PurchaseHistory(Names(products), Names(customers), [.. item], [.. user], [.. order], [.. day]);
    }

    private static int IndexOf(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var index)) map.Add(key, index = map.Count);
        return index;
    }

    private static string[] Names(Dictionary<string, int> map)
    {
        var names = new string[map.Count];
        foreach (var (name, index) in map) names[index] = name;
        return names;
    }
}
