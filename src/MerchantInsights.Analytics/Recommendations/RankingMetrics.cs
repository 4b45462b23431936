namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Top-k hit rate and NDCG with binary relevance (Järvelin &amp; Kekäläinen 2002): DCG = Σ hit/log2(rank+1), divided by the best
/// possible DCG.</summary>
internal static class RankingMetrics
{
    public static double HitRate(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        for (var r = 0; r < Math.Min(k, ranked.Count); r++)
            if (relevant.Contains(ranked[r])) return 1;
        return 0;
    }

    public static double Ndcg(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        if (relevant.Count == 0) return 0;
        double dcg = 0, ideal = 0;
        for (var r = 0; r < Math.Min(k, ranked.Count); r++)
            if (relevant.Contains(ranked[r])) dcg += 1 / Math.Log2(r + 2);
        for (var r = 0; r < Math.Min(k, relevant.Count); r++) ideal += 1 / Math.Log2(r + 2);
        return dcg / ideal;
    }
}
