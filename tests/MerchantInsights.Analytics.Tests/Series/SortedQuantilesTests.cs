using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Tests.Series;

public sealed class SortedQuantilesTests
{
    [Fact]
    public void A_range_of_count_errors_tied_at_zero_holds_the_asked_share_not_every_tie_and_more()
    {
        // Half the errors are exactly 0 (no sale under a forecast of zero), the rest spread over (0, 1].
        double[] sorted = [.. Enumerable.Repeat(0.0, 50), .. Enumerable.Range(1, 50).Select(i => i / 50.0)];
        double Inside((double Low, double High) r) => sorted.Count(v => v >= r.Low && v <= r.High) / (double)sorted.Length;

        var plain = SortedQuantiles.ConformalRange(sorted, 0.80);
        var counts = SortedQuantiles.ConformalRangeOfCounts(sorted, 0.80);

        Assert.True(Inside(plain) >= 0.89, $"plain range holds {Inside(plain):P0}");
        Assert.Equal(0, counts.Low);
        Assert.InRange(Inside(counts), 0.80, 0.83);
    }

    [Fact]
    public void Without_ties_the_range_of_counts_is_the_conformal_range()
    {
        var sorted = Enumerable.Range(0, 200).Select(i => i * 0.37 - 20).ToArray();

        Assert.Equal(SortedQuantiles.ConformalRange(sorted, 0.80), SortedQuantiles.ConformalRangeOfCounts(sorted, 0.80));
    }
}
