using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Analytics.Tests.Demand;

public sealed class OneOffDetectorTests
{
    [Fact]
    public void A_bulk_order_far_above_usual_is_capped_at_the_usual_largest_order()
    {
        var shop = new Lines();
        for (var i = 0; i < 60; i++) shop.Add($"O{i}", $"c{i % 9}", "MUG", i, 1 + i % 3, 12);   // 1, 2, 3 a line: median 2, upper quartile 3
        var bulk = shop.Add("W1", "wholesale", "MUG", 61, 2000, 9);
        var cleaned = shop.Clean();
        Assert.Equal(LineRole.OneOff, cleaned.Roles[bulk]);
        Assert.Equal(40, cleaned.Demand[bulk]); // max(10, 20 × 2, 6 × 3)
        var oneOff = Assert.Single(cleaned.OneOffs);
        Assert.Equal(2000, oneOff.Quantity);
        Assert.Contains("one order of 2,000", oneOff.Reason);
    }

    [Fact]
    public void The_owner_can_include_a_one_off()
    {
        var shop = new Lines();
        for (var i = 0; i < 60; i++) shop.Add($"O{i}", $"c{i % 9}", "MUG", i, 1 + i % 3, 12);
        var bulk = shop.Add("W1", "wholesale", "MUG", 61, 2000, 9);
        var decisions = new DemandDecisions(new Dictionary<string, bool>(), new HashSet<long> { shop.All[bulk].LineKey });
        var cleaned = shop.Clean(decisions: decisions);
        Assert.Equal(2000, cleaned.Demand[bulk]);
        Assert.True(Assert.Single(cleaned.OneOffs).Included);
    }

    [Fact]
    public void A_wholesale_product_whose_every_order_is_large_has_no_one_offs()
    {
        var shop = new Lines();
        for (var i = 0; i < 30; i++) shop.Add($"O{i}", $"c{i % 4}", "PALLET", i * 3, 400 + 50 * (i % 5), 1.1);
        for (var i = 0; i < 200; i++) shop.Add($"R{i}", $"r{i}", "MUG", i % 90, 1 + i % 2, 12);
        Assert.Empty(shop.Clean().OneOffs);
    }

    [Fact]
    public void A_new_product_with_one_huge_order_is_judged_against_the_shop()
    {
        var shop = new Lines();
        for (var i = 0; i < 200; i++) shop.Add($"R{i}", $"r{i}", $"P{i % 20}", i % 90, 1 + i % 4, 12);
        var first = shop.Add("N1", "new", "NEW", 88, 698, 1.2);
        var cleaned = shop.Clean();
        Assert.Equal(LineRole.OneOff, cleaned.Roles[first]);
        Assert.True(cleaned.Demand[first] < 100);
    }

    [Fact]
    public void A_big_line_that_is_less_than_a_usual_month_is_not_a_one_off()
    {
        var shop = new Lines();
        // 300 lines of 1–2 a day over 100 days (~45 units a week, ~190 a month); one line of 60 is big but not a month's sales.
        for (var i = 0; i < 300; i++) shop.Add($"O{i}", $"c{i % 50}", "TEA", i / 3, 1 + i % 2, 4);
        shop.Add("B1", "c1", "TEA", 50, 60, 4);
        Assert.Empty(shop.Clean().OneOffs);
    }
}
