namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Customers to evaluate on: bought before the cut (so the snapshot knows them) and in [cut, end); with what they bought in that
/// window.</summary>
internal static class HoldoutCustomers
{
    public static List<(int User, HashSet<int> Bought)> Between(PurchaseHistory history, ShopSnapshot snapshot, int endDay,
        int maxCustomers)
    {
        var bought = new Dictionary<int, HashSet<int>>();
        for (var i = 0; i < history.Count; i++)
        {
            var user = history.User[i];
            var day = history.Day[i];
            if (user < 0 || day < snapshot.CutDay || day >= endDay || !snapshot.HasHistory(user)) continue;
            if (!bought.TryGetValue(user, out var items)) bought.Add(user, items = []);
            items.Add(history.Item[i]);
        }
        var all = bought.OrderBy(b => b.Key).Select(b => (b.Key, b.Value)).ToList();
        if (all.Count <= maxCustomers) return all;
        var step = (double)all.Count / maxCustomers;
        return [.. Enumerable.Range(0, maxCustomers).Select(i => all[(int)(i * step)])];
    }
}
