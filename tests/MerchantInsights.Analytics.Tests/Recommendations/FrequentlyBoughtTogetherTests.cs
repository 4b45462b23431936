using System.Text.Json;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class FrequentlyBoughtTogetherTests
{
    private static readonly string[] Filler = ShopBuilder.Catalogue(40);

    /// <summary>A real pair beside what a test checks is absent, so an engine that found nothing at all would fail.</summary>
    private static ShopBuilder WithRealPair(ShopBuilder shop)
    {
        for (var i = 0; i < 25; i++) shop.Order($"PAIR{i}", i, "LAMP", "BULB", Filler[(7 * i) % Filler.Length]);
        return shop;
    }

    private static void AssertRealPairFound(IReadOnlyList<TogetherPair> pairs) =>
        Assert.Contains(pairs, p => p is { ProductId: "LAMP", OtherProductId: "BULB", Rank: 1 });

    [Fact]
    public void Planted_pair_is_found_and_ranked_first()
    {
        var shop = new ShopBuilder().RandomOrders(400, seed: 1, Filler);
        var random = new Random(2);
        for (var i = 0; i < 30; i++) shop.Order($"P{i}", i, "LAMP", "BULB", Filler[random.Next(Filler.Length)]);
        for (var i = 0; i < 20; i++) shop.Order($"Q{i}", i, "LAMP", Filler[random.Next(Filler.Length)]);

        var pairs = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions());

        var first = Assert.Single(pairs, p => p.ProductId == "LAMP" && p.Rank == 1);
        Assert.Equal("BULB", first.OtherProductId);
        Assert.Equal(30, first.SupportOrders);
        Assert.Equal(30.0 / 50, first.Confidence, 10);
        Assert.True(first.Lift > 5);
        Assert.True(first.PValue < 1e-6);
        Assert.StartsWith("bought together in 30 orders, ", first.Evidence);
        Assert.EndsWith("× more often than chance", first.Evidence);
        Assert.Contains(pairs, p => p is { ProductId: "BULB", Rank: 1, OtherProductId: "LAMP" });
    }

    [Fact]
    public void A_single_coincidental_co_order_gives_no_pair()
    {
        var shop = WithRealPair(new ShopBuilder().RandomOrders(200, seed: 3, Filler).Order("A", 1, "KITE", "SOAP"));

        var pairs = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions { MinSupportOrders = 1 });

        Assert.DoesNotContain(pairs, p => p.ProductId is "KITE" or "SOAP");
        AssertRealPairFound(pairs);
    }

    [Fact]
    public void Random_baskets_give_no_pairs_after_multiple_testing_control()
    {
        var shop = new ShopBuilder().RandomOrders(2000, seed: 4, ShopBuilder.Catalogue(30));

        Assert.Empty(FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions()));
    }

    [Fact]
    public void One_loyal_customers_habit_is_not_a_pair()
    {
        var shop = WithRealPair(new ShopBuilder().RandomOrders(300, seed: 8, Filler));
        for (var week = 0; week < 25; week++) shop.Order("loyal", 7 * week, "OATS", "HONEY", Filler[week]);

        var pairs = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions());

        Assert.DoesNotContain(pairs, p => p.ProductId == "OATS");
        AssertRealPairFound(pairs);
    }

    [Fact]
    public void Returns_are_excluded()
    {
        var shop = WithRealPair(new ShopBuilder().RandomOrders(200, seed: 5, Filler));
        for (var i = 0; i < 10; i++) shop.Order($"R{i}", i, "TENT", Filler[i]).Return($"R{i}", i + 1, "PEGS", "TENT");

        var pairs = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions());

        Assert.DoesNotContain(pairs, p => p.ProductId == "PEGS" || p.OtherProductId == "PEGS");
        AssertRealPairFound(pairs);
    }

    [Fact]
    public void A_customer_window_joins_orders_a_few_days_apart()
    {
        var shop = new ShopBuilder().RandomOrders(300, seed: 6, Filler);
        for (var i = 0; i < 12; i++) shop.Order($"W{i}", 10 * i, "PAINT").Order($"W{i}", 10 * i + 2, "BRUSH");

        var perOrder = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions());
        var perWeek = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions { CustomerWindowDays = 7 });

        Assert.DoesNotContain(perOrder, p => p.ProductId == "PAINT");
        Assert.Contains(perWeek, p => p is { ProductId: "PAINT", Rank: 1, OtherProductId: "BRUSH", SupportOrders: 12 });
    }

    [Fact]
    public void Results_are_sorted_by_product_then_rank_and_capped()
    {
        var shop = new ShopBuilder().RandomOrders(300, seed: 7, Filler);
        foreach (var other in new[] { "B1", "B2", "B3" })
            for (var i = 0; i < 15; i++) shop.Order($"{other}{i}", i, "HUB", other);

        var pairs = FrequentlyBoughtTogether.Compute(shop.Lines, new TogetherOptions { MaxPartners = 2 });

        Assert.Equal(pairs.OrderBy(p => p.ProductId, StringComparer.Ordinal).ThenBy(p => p.Rank), pairs);
        Assert.Equal([1, 2], pairs.Where(p => p.ProductId == "HUB").Select(p => p.Rank));
    }

    [Fact]
    public void Pair_round_trips_through_json()
    {
        var pair = new TogetherPair("A", 1, "B", 143, 0.01, 0.4, 4.2, 1e-9, "bought together in 143 orders, 4.2× more often than chance");

        Assert.Equal(pair, JsonSerializer.Deserialize<TogetherPair>(JsonSerializer.Serialize(pair)));
    }
}
