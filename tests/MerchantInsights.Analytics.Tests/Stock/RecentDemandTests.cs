using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

/// <summary>The recent level the reorder point is centred on: a mean of the last 91 days weighted by recency.</summary>
public sealed class RecentDemandTests
{
    [Fact]
    public void A_steady_product_is_at_its_rate()
    {
        var recent = RecentDemand.From(Enumerable.Repeat(3.0, 200).ToArray());
        Assert.Equal(3, recent.Level, 9);
        Assert.Equal(3, recent.Mean91, 9);
        Assert.Equal(0, recent.ZeroShare);
    }

    [Fact]
    public void A_product_that_started_selling_two_weeks_ago_is_half_way_to_its_new_rate()
    {
        // 77 days without a sale, then 10 a day for the last 14 (one half-life): the weights of the last 14 days add up to
        // (1 − ½) / (1 − ½^(91/14)) = 0.5056 of the 91 days', so the level is 5.06; the flat 91-day mean 1.54, a 28-day mean 5.
        var units = Enumerable.Repeat(0.0, 77).Concat(Enumerable.Repeat(10.0, 14)).ToArray();
        var recent = RecentDemand.From(units);
        Assert.Equal(10 * 0.5 / (1 - Math.Pow(0.5, 91 / 14.0)), recent.Level, 6);
        Assert.Equal(140 / 91.0, recent.Mean91, 9);
        Assert.Equal(77 / 91.0, recent.ZeroShare, 9);
    }
}
