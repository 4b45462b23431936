namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Turns a model's scores into the top k sellable products, topped up with popular products when the model has too few.</summary>
internal sealed class TopPicks(ShopSnapshot snapshot)
{
    private readonly double[] _scores = new double[snapshot.ProductCount];
    private readonly int[] _reasons = new int[snapshot.ProductCount];

    /// <summary>Not thread-safe: one instance per thread.</summary>
    public List<(int Item, double Score, int Reason)> Select(ICandidateModel model, int user, int k)
    {
        Array.Clear(_scores);
        Array.Fill(_reasons, PickReason.Popular);
        if (user >= 0 && snapshot.HasHistory(user)) model.Score(user, _scores, _reasons);
        else new PopularityModel(snapshot).Score(user, _scores, _reasons);

        var picks = new List<(int Item, double Score, int Reason)>(k + 1);
        for (var j = 0; j < _scores.Length; j++)
        {
            var score = _scores[j];
            if (score <= 0 || !snapshot.Active[j]) continue;
            if (picks.Count == k && score <= picks[^1].Score) continue;
            var at = picks.Count;
            while (at > 0 && picks[at - 1].Score < score) at--;
            picks.Insert(at, (j, score, _reasons[j]));
            if (picks.Count > k) picks.RemoveAt(k);
        }
        foreach (var j in snapshot.PopularOrder)
        {
            if (picks.Count >= k) break;
            if (!picks.Exists(p => p.Item == j)) picks.Add((j, 0, PickReason.Popular));
        }
        return picks;
    }
}
