namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Temporal hold-out evaluation: for each customer who bought both before and during the held-back window, the top 10
/// from data before the window against the products they bought in it. HR@10 = share with at least one hit;
/// NDCG@10 with binary relevance (Järvelin &amp; Kekäläinen 2002); coverage = share of still-sold products recommended.
/// </summary>
internal static class OfflineEvaluation
{
    /// <summary>Products each known customer bought in [from, to), by the customer's index in <paramref name="train"/>.</summary>
    public static Dictionary<int, HashSet<int>> Targets(IReadOnlyList<PurchaseLine> lines, Dictionary<string, int> items, Interactions train, DateOnly from, DateOnly to)
    {
        var targets = new Dictionary<int, HashSet<int>>();
        foreach (var l in lines)
        {
            if (l.Day < from || l.Day >= to || l.Quantity <= 0 || l.CustomerId is null || !train.UserIndex.TryGetValue(l.CustomerId, out var user)) continue;
            if (!targets.TryGetValue(user, out var set)) targets[user] = set = [];
            set.Add(items[l.ProductId]);
        }
        return targets;
    }

    public static ModelEvaluation Evaluate(Scorer scorer, Interactions train, Dictionary<int, HashSet<int>> targets, string? name = null)
    {
        var scores = new double[train.Items.Length];
        var recommended = new HashSet<int>();
        var (hits, ndcg) = (0, 0.0);
        foreach (var (user, bought) in targets)
        {
            scorer.Score(user, scores);
            var top = TopPicks.Of(scores, train, 10);
            var dcg = 0.0;
            for (var r = 0; r < top.Count; r++)
            {
                recommended.Add(top[r].Item);
                if (bought.Contains(top[r].Item)) dcg += 1 / Math.Log2(r + 2);
            }
            var ideal = Enumerable.Range(0, Math.Min(10, bought.Count)).Sum(r => 1 / Math.Log2(r + 2));
            if (dcg > 0) hits++;
            ndcg += dcg / ideal;
        }
        var n = Math.Max(1, targets.Count);
        var active = Math.Max(1, train.Active.Count(a => a));
        return new ModelEvaluation(name ?? scorer.Name, (double)hits / n, ndcg / n, (double)recommended.Count / active, targets.Count);
    }
}
