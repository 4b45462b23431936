namespace MerchantInsights.Analytics.Recommendations;

/// <summary>The transpose of a snapshot: for each product, the customers who bought it before the cut.</summary>
internal static class ProductBuyers
{
    public static int[][] Of(ShopSnapshot snapshot)
    {
        var counts = new int[snapshot.ProductCount];
        foreach (var item in snapshot.RowItems) counts[item]++;
        var buyers = counts.Select(c => new int[c]).ToArray();
        var fill = new int[snapshot.ProductCount];
        for (var user = 0; user < snapshot.CustomerCount; user++)
            foreach (var item in snapshot.Items(user)) buyers[item][fill[item]++] = user;
        return buyers;
    }
}
