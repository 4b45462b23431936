namespace MerchantInsights.Analytics.Recommendations;

/// <summary>HR@10, NDCG@10 and catalogue coverage of one model on hold-out customers, in parallel.</summary>
internal static class HoldoutEvaluator
{
    public const int K = RecommendationOptions.EvaluatedPicks;

    public static ModelEvaluation Evaluate(ICandidateModel model, ShopSnapshot snapshot,
        IReadOnlyList<(int User, HashSet<int> Bought)> customers, CancellationToken cancellationToken)
    {
        var recommended = new bool[snapshot.ProductCount];
        double hits = 0, ndcg = 0;
        var gate = new object();
        Parallel.For(0, customers.Count, new ParallelOptions { CancellationToken = cancellationToken },
            () => (Picks: new TopPicks(snapshot), Hits: 0.0, Ndcg: 0.0),
            (c, _, local) =>
            {
                var (user, bought) = customers[c];
                var ranked = local.Picks.Select(model, user, K).Select(p => p.Item).ToList();
                foreach (var item in ranked) recommended[item] = true;
                return (local.Picks, local.Hits + RankingMetrics.HitRate(ranked, bought, K),
                    local.Ndcg + RankingMetrics.Ndcg(ranked, bought, K));
            },
            local =>
            {
                lock (gate)
                {
                    hits += local.Hits;
                    ndcg += local.Ndcg;
                }
            });
        var n = Math.Max(1, customers.Count);
        var coverage = snapshot.ActiveCount == 0 ? 0 : (double)recommended.Count(r => r) / snapshot.ActiveCount;
        return new ModelEvaluation(model.Name, hits / n, ndcg / n, coverage, customers.Count);
    }
}
