using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Hit_rate_and_ndcg_match_a_hand_example()
    {
        // Relevant {3, 7}; ranked [5, 3, 9]: one hit at rank 2. DCG = 1/log2(3); ideal = 1 + 1/log2(3).
        var relevant = new HashSet<int> { 3, 7 };
        int[] ranked = [5, 3, 9];

        Assert.Equal(1, RankingMetrics.HitRate(ranked, relevant, 10));
        Assert.Equal(0.63093 / 1.63093, RankingMetrics.Ndcg(ranked, relevant, 10), 5);
        Assert.Equal(0, RankingMetrics.HitRate(ranked, relevant, 1));
        Assert.Equal(1, RankingMetrics.Ndcg([7, 3], relevant, 10), 12);
    }
}
