namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// What the shop knew on the morning of <see cref="CutDay"/>: each customer's distinct products before the cut (with
/// the days they were bought, for buy-again), recent popularity, and which products are still on sale.
/// Lines on or after the cut are never read, so models fitted on a snapshot cannot see the future.
/// </summary>
internal sealed record ShopSnapshot
{
    public required int CutDay { get; init; }
    public required int ProductCount { get; init; }

    /// <summary>CSR rows: customer u's products are RowItems[RowStart[u]..RowStart[u+1]], ascending.</summary>
    public required int[] RowStart { get; init; }
    public required int[] RowItems { get; init; }

    /// <summary>CSR into <see cref="PurchaseDays"/>: the distinct days RowItems[p] was bought are
    /// PurchaseDays[DayStart[p]..DayStart[p+1]].</summary>
    public required int[] DayStart { get; init; }
    public required int[] PurchaseDays { get; init; }
    public required bool[] Active { get; init; }
    public required double[] Popularity { get; init; }

    /// <summary>Active products, most popular first.</summary>
    public required int[] PopularOrder { get; init; }

    public int CustomerCount => RowStart.Length - 1;
    public int ActiveCount => PopularOrder.Length;

    public ReadOnlySpan<int> Items(int user) => RowItems.AsSpan(RowStart[user], RowStart[user + 1] - RowStart[user]);

    public bool HasHistory(int user) => RowStart[user + 1] > RowStart[user];

    public static ShopSnapshot Build(PurchaseHistory history, int cutDay, RecommendationOptions options)
    {
        var products = history.ProductIds.Length;
        var recentOrders = new HashSet<(int Order, int Item)>();
        var allOrders = new HashSet<(int Order, int Item)>();
        var lastSale = new int[products];
        Array.Fill(lastSale, int.MinValue);
        var purchaseDays = new HashSet<(int User, int Item, int Day)>();
        for (var i = 0; i < history.Count; i++)
        {
            var day = history.Day[i];
            if (day >= cutDay) continue;
            var item = history.Item[i];
            lastSale[item] = Math.Max(lastSale[item], day);
            allOrders.Add((history.Order[i], item));
            if (day >= cutDay - options.PopularityDays) recentOrders.Add((history.Order[i], item));
            if (history.User[i] >= 0) purchaseDays.Add((history.User[i], item, day));
        }

        var popularity = new double[products];
        foreach (var (_, item) in recentOrders) popularity[item] += 1;
        foreach (var (_, item) in allOrders) popularity[item] += 1e-3;
        var active = lastSale.Select(d => d != int.MinValue && d >= cutDay - options.InactiveAfterDays).ToArray();
        var popularOrder = Enumerable.Range(0, products).Where(i => active[i])
            .OrderByDescending(i => popularity[i]).ThenBy(i => i).ToArray();
        return BuildRows(purchaseDays, history.CustomerIds.Length, cutDay) with
        {
            CutDay = cutDay, ProductCount = products, Active = active, Popularity = popularity, PopularOrder = popularOrder,
        };
    }

    private static ShopSnapshot BuildRows(HashSet<(int User, int Item, int Day)> purchaseDays, int customers, int cutDay)
    {
        var sorted = purchaseDays.OrderBy(p => p.User).ThenBy(p => p.Item).ThenBy(p => p.Day).ToArray();
        var rowStart = new int[customers + 1];
        List<int> items = [], dayStart = [], days = [];
        var last = (User: -1, Item: -1);
        foreach (var (user, item, day) in sorted)
        {
            days.Add(day);
            if ((user, item) == last) continue;
            last = (user, item);
            items.Add(item);
            dayStart.Add(days.Count - 1);
            rowStart[user + 1] = items.Count;
        }
        dayStart.Add(days.Count);
        for (var u = 1; u <= customers; u++) rowStart[u] = Math.Max(rowStart[u], rowStart[u - 1]);
        return new ShopSnapshot
        {
            CutDay = cutDay, ProductCount = 0, RowStart = rowStart, RowItems = [.. items], DayStart = [.. dayStart],
            PurchaseDays = [.. days], Active = [], Popularity = [], PopularOrder = [],
        };
    }
}
