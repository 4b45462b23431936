namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Per stratum: its basket count and how many of its baskets hold each product (sparse, both directions).</summary>
internal sealed class StrataCounts
{
    private StrataCounts(int[] size, (int Item, int Count)[][] itemsOf, (int Stratum, int Count)[][] strataOf)
    {
        Size = size;
        ItemsOf = itemsOf;
        StrataOf = strataOf;
    }

    /// <summary>Baskets in each stratum.</summary>
    public int[] Size { get; }

    /// <summary>For each stratum, its products with their basket counts.</summary>
    public (int Item, int Count)[][] ItemsOf { get; }

    /// <summary>For each product, the strata it appears in with its basket counts there.</summary>
    public (int Stratum, int Count)[][] StrataOf { get; }

    public static StrataCounts Of(Baskets baskets)
    {
        var size = new int[baskets.StrataCount];
        var counts = new Dictionary<(int Stratum, int Item), int>();
        for (var b = 0; b < baskets.Items.Length; b++)
        {
            var s = baskets.Stratum[b];
            size[s]++;
            foreach (var item in baskets.Items[b])
                counts[(s, item)] = counts.GetValueOrDefault((s, item)) + 1;
        }
        var itemsOf = counts.GroupBy(c => c.Key.Stratum)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.Key.Item, c.Value)).ToArray());
        var strataOf = counts.GroupBy(c => c.Key.Item)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.Key.Stratum, c.Value)).ToArray());
        return new StrataCounts(size,
            [.. Enumerable.Range(0, size.Length).Select(s => itemsOf.GetValueOrDefault(s, []))],
            [.. Enumerable.Range(0, baskets.ProductIds.Length).Select(i => strataOf.GetValueOrDefault(i, []))]);
    }
}
