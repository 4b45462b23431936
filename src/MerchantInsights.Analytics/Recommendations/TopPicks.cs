namespace MerchantInsights.Analytics.Recommendations;

/// <summary>The k best still-sold products by score; ties and empty scores fall back to recent popularity. O(n·k).</summary>
internal static class TopPicks
{
    public static List<(int Item, double Score)> Of(double[] scores, Interactions data, int k)
    {
        var maxPopular = Math.Max(1, data.RecentBuyers.Max());
        var top = new List<(int Item, double Score, double Rank)>(k + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (!data.Active[i]) continue;
            var rank = scores[i] + 1e-6 * data.RecentBuyers[i] / maxPopular;
            if (top.Count == k && rank <= top[^1].Rank) continue;
            var at = top.FindIndex(t => t.Rank < rank);
            top.Insert(at < 0 ? top.Count : at, (i, scores[i], rank));
            if (top.Count > k) top.RemoveAt(k);
        }
        return top.Select(t => (t.Item, t.Score)).ToList();
    }
}
