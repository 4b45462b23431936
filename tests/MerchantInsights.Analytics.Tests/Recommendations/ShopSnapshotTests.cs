using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class ShopSnapshotTests
{
    [Fact]
    public void Temporal_split_uses_only_past_data()
    {
        var shop = new ShopBuilder()
            .Order("ann", 0, "TEA").Order("bob", 5, "TEA")
            .Order("ann", 10, "CAKE").Order("cid", 12, "CAKE").Order("bob", 11, "JAM");
        var history = PurchaseHistory.From(shop.Lines);
        var cut = ShopBuilder.Day0.DayNumber + 10;

        var snapshot = ShopSnapshot.Build(history, cut, new RecommendationOptions());
        var holdout = HoldoutCustomers.Between(history, snapshot, cut + 28, 100);

        int Product(string id) => Array.IndexOf(history.ProductIds, id);
        int Customer(string id) => Array.IndexOf(history.CustomerIds, id);
        Assert.Equal([Product("TEA")], snapshot.Items(Customer("ann")).ToArray());
        Assert.False(snapshot.HasHistory(Customer("cid")));
        Assert.Equal(0, snapshot.Popularity[Product("CAKE")]);
        Assert.False(snapshot.Active[Product("JAM")]);
        Assert.Equal(["ann", "bob"], holdout.Select(h => history.CustomerIds[h.User]).Order());
        Assert.Equal([Product("CAKE")], holdout.Single(h => history.CustomerIds[h.User] == "ann").Bought);
    }

    [Fact]
    public void Products_without_a_recent_sale_are_inactive()
    {
        var shop = new ShopBuilder().Order("ann", 0, "OLD").Order("ann", 200, "NEW");
        var history = PurchaseHistory.From(shop.Lines);

        var snapshot = ShopSnapshot.Build(history, history.LastDay + 1, new RecommendationOptions { InactiveAfterDays = 90 });

        Assert.Equal([false, true], snapshot.Active);
        Assert.Equal([1], snapshot.PopularOrder);
    }
}
