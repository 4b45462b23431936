using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class UnsoldDaysTests
{
    [Fact]
    public void A_gap_between_two_prices_is_split_in_the_middle_at_first()
    {
        double?[] price = [10, null, null, null, null, 8];
        var h = new ProductPriceHistory("X", "Tea", new DateOnly(2025, 1, 6), [1, 0, 0, 0, 0, 1], price, null);
        var gaps = UnsoldDays.Between(h, 0, 6, splitGaps: true);
        Assert.Equal([10, 10, 10, 8, 8, 8], gaps.Price);
        Assert.Equal([-1, 0, 0, 0, 0, -1], gaps.Gap);
        Assert.Equal(10, gaps.Earlier[2]);
        Assert.Equal(8, gaps.Later[2]);
    }

    [Fact]
    public void A_day_whose_buyers_all_took_two_is_read_at_the_list_price_it_paid_unless_the_product_has_tiers()
    {
        // List prices 10 then 8; on day 3 the only buyer took two (no small order, so no list price) and paid 8.
        double?[] list = [10, null, null, null, null, 8];
        double?[] paid = [10, null, null, 8, null, 8];
        var h = new ProductPriceHistory("X", "Tea", new DateOnly(2025, 1, 6), [1, 0, 0, 2, 0, 1], paid, null) { ListPrice = list };
        var gaps = UnsoldDays.Between(h, 0, 6, splitGaps: true);
        Assert.Equal([-1, 0, 0, -1, -1, -1], gaps.Gap); // the change fell on days 1–3; day 4 is at 8 like its neighbours
        Assert.Equal(8, gaps.Price[3]);

        // With quantity tiers (bigger orders paid less on days that also had a small one), a big order's price proves nothing.
        double?[] tieredPaid = [9, null, null, 8, null, 7];
        var tiered = h with { DailyPrice = tieredPaid };
        Assert.Equal([-1, 0, 0, 0, 0, -1], UnsoldDays.Between(tiered, 0, 6, splitGaps: true).Gap);
    }

    [Fact]
    public void Unsold_days_go_to_the_price_at_which_zero_sales_are_likely()
    {
        // Four unsold days; at the earlier price 3 units a day were expected, at the later one almost none: the change
        // most likely came right after the last sale, so every day goes (almost) wholly to the later price.
        var design = Design(earlierExpected: 3, laterExpected: 0.01, out var expected);
        var weights = UnsoldDays.Reweigh(design, expected, DiscountLength.Fixed(7));
        for (var j = 0; j < 4; j++) Assert.InRange(weights[2 * j], 0, 0.06);
        for (var j = 0; j < 4; j++) Assert.InRange(weights[2 * j + 1], 0.94, 1);
    }

    [Fact]
    public void With_equal_expected_sales_the_change_day_is_uniform()
    {
        // Same expectation at both prices: the five change points are equally likely, so day j is at the earlier price
        // with probability (4 − j)/5.
        var design = Design(earlierExpected: 1, laterExpected: 1, out var expected);
        var weights = UnsoldDays.Reweigh(design, expected, DiscountLength.Fixed(7));
        for (var j = 0; j < 4; j++) Assert.Equal((4 - j) / 5.0, weights[2 * j], 9);
    }

    [Fact]
    public void A_discount_with_one_side_reaches_into_the_gap_as_far_as_discounts_last()
    {
        // The earlier price is a discount (side −1) of exactly 2 days, seen on its sold day; the fit has nothing to say yet
        // (no expected units): it reached k more days into the gap with prior P(length > k) — 1 for k = 0 and 1, then 0.
        var design = Design(earlierExpected: 0, laterExpected: 0, out var expected) with { GapDiscount = [-1] };
        var weights = UnsoldDays.Reweigh(design, expected, DiscountLength.Fixed(2));
        Assert.Equal(0.5, weights[0], 2); // day 0 at the discount unless the change came right after the sale
        for (var j = 1; j < 4; j++) Assert.Equal(0, weights[2 * j], 2);
        // A discount that begins in the gap (side +1) mirrors it: only the last unsold day may already be at the discount.
        var starting = UnsoldDays.Reweigh(design with { GapDiscount = [1] }, expected, DiscountLength.Fixed(2));
        Assert.Equal(0.5, starting[7], 2);
        for (var j = 0; j < 3; j++) Assert.Equal(0, starting[2 * j + 1], 2);
    }

    [Fact]
    public void A_discounts_start_and_end_are_weighed_together_by_its_length()
    {
        // Regular 10 on day 0, unsold days 1–3, the discount 8 sold on day 4, unsold days 5–7, regular on day 8. A discount
        // of exactly 3 days covering day 4 starts on day 2, 3 or 4 (and ends on 4, 5 or 6), each alike with no fit yet.
        var rows = Enumerable.Range(0, 15).Select(_ => new double[] { 1 }).ToArray();
        // Rows: day 0; days 1–3 as (earlier 10, later 8) pairs; day 4; days 5–7 as (earlier 8, later 10) pairs; day 8.
        double[] price = [10, 10, 8, 10, 8, 10, 8, 8, 8, 10, 8, 10, 8, 10, 10];
        int[] day = [0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8];
        var design = new DemandDesign(rows, new double[15], price, null, 10, true, 2, new bool[15])
        {
            Weights = [1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1],
            Day = day,
            Gaps = [[(1, 2), (3, 4), (5, 6)], [(8, 9), (10, 11), (12, 13)]],
            GapDiscount = [1, -1],
        };
        var weights = UnsoldDays.Reweigh(design, new double[15], DiscountLength.Fixed(3));
        // Day 1 is never in it; day 2 in one placement of three, day 3 in two; after it, day 5 in two, day 6 in one, day 7 never.
        Assert.Equal(1, weights[1], 3);
        Assert.Equal(2 / 3.0, weights[3], 3);
        Assert.Equal(1 / 3.0, weights[5], 3);
        Assert.Equal(2 / 3.0, weights[8], 3);
        Assert.Equal(1 / 3.0, weights[10], 3);
        Assert.Equal(0, weights[12], 3);
    }

    private static DemandDesign Design(double earlierExpected, double laterExpected, out double[] expected)
    {
        var rows = Enumerable.Range(0, 8).Select(_ => new double[] { 1 }).ToArray();
        expected = Enumerable.Range(0, 8).Select(r => r % 2 == 0 ? earlierExpected : laterExpected).ToArray();
        return new DemandDesign(rows, new double[8], new double[8], null, 10, true, 1, new bool[8])
        {
            Weights = [1, 0, 1, 0, 0, 1, 0, 1],
            Day = [1, 1, 2, 2, 3, 3, 4, 4],
            Gaps = [[(0, 1), (2, 3), (4, 5), (6, 7)]],
        };
    }
}
