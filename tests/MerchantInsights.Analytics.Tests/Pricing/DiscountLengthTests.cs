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

    private static void Unsold(ProductPriceHistory h, int day) => (h.DailyUnits[day], h.DailyPrice[day]) = (0, null);

    [Fact]
    public void The_median_length_of_the_discounts_seen_whole()
    {
        var shop = new[] { Daily("A", (20, 3), (60, 5), (120, 5)), Daily("B", (30, 5), (90, 9)), Daily("C", (40, 6), (150, 5)) };
        var lengths = DiscountLength.Of(shop);
        Assert.Equal((5, 7), (lengths.Median, lengths.Runs));
        Assert.True(lengths.LogProbability(5) > lengths.LogProbability(9) + 1, "five days, seen four times, is likelier than nine, seen once");
    }

    [Fact]
    public void Discounts_seen_only_within_a_range_of_days_agree_on_the_length_that_fits_them_all()
    {
        // Twenty products with 6-day discounts, none seen whole: half sold nothing on the discount's first day (5 or 6 days),
        // half nothing on the day after it (6 or 7 days). Only 6 fits every one of them.
        var shop = Enumerable.Range(0, 20).Select(i =>
        {
            var start = 50 + 3 * i;
            var h = Daily($"P{i}", (start, 6));
            Unsold(h, i % 2 == 0 ? start : start + 6);
            return h;
        }).ToList();
        var lengths = DiscountLength.Of(shop);
        Assert.Equal(20, lengths.Runs);
        Assert.Equal(6, lengths.Median);
        Assert.True(lengths.LogProbability(6) > Math.Log(0.9), $"P(6 days) = {Math.Exp(lengths.LogProbability(6)):0.00}");
    }

    [Fact]
    public void A_sitewide_sale_counts_once_at_its_length()
    {
        // A two-day sale on every product at once is one discount, not ten; A's own discounts last 6 days.
        var shop = Enumerable.Range(0, 10).Select(i => Daily($"S{i}", (100, 2))).ToList();
        shop.Add(Daily("A", (20, 6), (60, 6), (100, 2), (140, 6)));
        var lengths = DiscountLength.Of(shop, new HashSet<DateOnly> { First.AddDays(100), First.AddDays(101) });
        Assert.Equal(4, lengths.Runs);
        Assert.Equal(6, lengths.Median);
        Assert.True(lengths.LogProbability(2) > Math.Log(0.2) && lengths.LogProbability(2) < Math.Log(0.3));
    }

    [Fact]
    public void Without_discounts_to_read_any_length_up_to_two_weeks_alike()
    {
        var lengths = DiscountLength.Of([Daily("A", (20, 3))]);
        Assert.Equal(0, lengths.Runs);
        Assert.Equal(lengths.LogProbability(1), lengths.LogProbability(14), 9);
        Assert.True(lengths.LogProbability(14) > lengths.LogProbability(15) + 2);
        Assert.InRange(lengths.Median, 7, 8);
    }
}
