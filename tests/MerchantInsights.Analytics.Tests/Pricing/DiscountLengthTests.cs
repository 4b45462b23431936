using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class DiscountLengthTests
{
    private static readonly DateOnly First = new(2025, 1, 1);

    /// <summary>A product selling every day at 10, except discounts at 8 from each start day for the given number of days.</summary>
    private static ProductPriceHistory Daily(string id, params (int Start, int Days)[] discounts)
    {
        var price = Enumerable.Range(0, 200).Select(t => (double?)(discounts.Any(d => t >= d.Start && t < d.Start + d.Days) ? 8 : 10)).ToArray();
        return new ProductPriceHistory(id, "Tea", First, [.. Enumerable.Repeat(2.0, 200)], price, null);
    }

    [Fact]
    public void The_median_length_of_the_discounts_seen_whole()
    {
        var shop = new[] { Daily("A", (20, 3), (60, 5), (120, 5)), Daily("B", (30, 5), (90, 9)), Daily("C", (40, 6), (150, 5)) };
        var lengths = DiscountLength.Of(shop);
        Assert.Equal((5, 7), (lengths.Median, lengths.Runs));
        Assert.True(lengths.LogProbability(5) > lengths.LogProbability(9) + 1, "five days, seen four times, is likelier than nine, seen once");
    }

    [Fact]
    public void A_sitewide_sale_counts_once_and_a_discount_cut_by_an_unsold_day_is_not_seen_whole()
    {
        // A two-day sale on every product at once is one discount, not ten; B's discount has an unsold day inside it.
        var shop = Enumerable.Range(0, 10).Select(i => Daily($"S{i}", (100, 2))).ToList();
        shop.Add(Daily("A", (20, 6), (60, 6), (140, 6)));
        var b = Daily("B", (30, 6), (170, 6));
        b.DailyUnits[32] = 0;
        b.DailyPrice[32] = null;
        shop.Add(b);
        var lengths = DiscountLength.Of(shop);
        Assert.Equal(5, lengths.Runs); // the sale, A's three, B's second
        Assert.Equal(6, lengths.Median);
    }

    [Fact]
    public void Without_enough_discounts_seen_whole_any_length_up_to_two_weeks_alike()
    {
        var lengths = DiscountLength.Of([Daily("A", (20, 3), (60, 4))]);
        Assert.Equal(0, lengths.Runs);
        Assert.Equal(lengths.LogProbability(1), lengths.LogProbability(14), 9);
        Assert.True(lengths.LogProbability(14) > lengths.LogProbability(15) + 2);
        Assert.InRange(lengths.Median, 7, 8);
    }
}
