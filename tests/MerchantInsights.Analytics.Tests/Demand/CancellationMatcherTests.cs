using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Analytics.Tests.Demand;

public sealed class CancellationMatcherTests
{
    [Fact]
    public void Same_day_cancellation_of_a_huge_order_removes_all_its_demand()
    {
        var shop = new Lines();
        var sale = shop.Add("581483", "16446", "23843", 0, 80995, 2.08);
        var cancel = shop.Add("C581484", "16446", "23843", 0, -80995, 2.08, minute: 5);
        var cleaned = shop.Clean();
        Assert.Equal(LineRole.Cancelled, cleaned.Roles[sale]);
        Assert.Equal(0, cleaned.Demand[sale]);
        Assert.Equal(LineRole.Cancellation, cleaned.Roles[cancel]);
        Assert.Equal(1, cleaned.Counts.CancellationsMatched);
    }

    [Fact]
    public void Partial_cancellation_within_days_reduces_the_sale()
    {
        var shop = new Lines();
        var sale = shop.Add("A1", "c1", "P", 0, 10, 2);
        shop.Add("C1", "c1", "P", 3, -4, 2);
        var cleaned = shop.Clean();
        Assert.Equal(LineRole.Sale, cleaned.Roles[sale]);
        Assert.Equal(6, cleaned.Demand[sale]);
    }

    [Fact]
    public void A_return_weeks_later_is_a_return_and_keeps_the_demand()
    {
        var shop = new Lines();
        var sale = shop.Add("A1", "c1", "P", 0, 10, 2);
        var back = shop.Add("R1", "c1", "P", 30, -2, 2);
        var cleaned = shop.Clean();
        Assert.Equal(10, cleaned.Demand[sale]);
        Assert.Equal(LineRole.Return, cleaned.Roles[back]);
    }

    [Fact]
    public void A_cancellation_needs_the_same_customer_and_enough_units()
    {
        var shop = new Lines();
        var mine = shop.Add("A1", "c1", "P", 0, 3, 2);
        var other = shop.Add("A2", "c2", "P", 1, -3, 2);
        var tooMany = shop.Add("A3", "c1", "P", 1, -5, 2);
        var cleaned = shop.Clean();
        Assert.Equal(3, cleaned.Demand[mine]);
        Assert.Equal(LineRole.Return, cleaned.Roles[other]);
        Assert.Equal(LineRole.Return, cleaned.Roles[tooMany]);
    }

    [Fact]
    public void A_cancellation_may_reverse_two_lines_of_the_same_product_most_recent_first()
    {
        var shop = new Lines();
        var first = shop.Add("A1", "c1", "P", 0, 4, 2);
        var second = shop.Add("A2", "c1", "P", 1, 4, 2);
        shop.Add("C1", "c1", "P", 2, -6, 2);
        var cleaned = shop.Clean();
        Assert.Equal(0, cleaned.Demand[second]);
        Assert.Equal(2, cleaned.Demand[first]);
    }

    [Fact]
    public void Guests_are_matched_within_the_same_order_only()
    {
        var shop = new Lines();
        var a = shop.Add("A1", null, "P", 0, 2, 5);
        var b = shop.Add("A2", null, "P", 0, 2, 5);
        shop.Add("A2", null, "P", 0, -2, 5, minute: 1);
        var cleaned = shop.Clean();
        Assert.Equal(2, cleaned.Demand[a]);
        Assert.Equal(0, cleaned.Demand[b]);
    }
}
