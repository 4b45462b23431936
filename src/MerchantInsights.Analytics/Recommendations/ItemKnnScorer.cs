namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Item-based k-nearest neighbours (Sarwar et al. 2001; Deshpande &amp; Karypis 2004): cosine similarity of products
/// over their buyers, shrunk for small overlaps (c_ij / (√(nᵢnⱼ) + shrink)), top-k neighbours per product; a customer's
/// score for j sums the similarities of j to what they bought. Cost: O(Σ history²) to count, O(|history|·k) to score.
/// </summary>
internal sealed class ItemKnnScorer : Scorer
{
    private readonly (int Item, double Sim)[][] _neighbours;

    public ItemKnnScorer(Interactions data, CoOccurrence counts, int k, double shrink) : base(data)
    {
        var n = data.Items.Length;
        _neighbours = new (int, double)[n][];
        Array.Fill(_neighbours, []);
        for (var a = 0; a < counts.Size; a++)
        {
            var i = counts.Members[a];
            _neighbours[i] = Enumerable.Range(0, counts.Size).Where(b => b != a && counts.At(a, b) > 0)
                .Select(b => (counts.Members[b], counts.At(a, b) / (Math.Sqrt((double)counts.At(a, a) * counts.At(b, b)) + shrink)))
                .OrderByDescending(c => c.Item2).Take(k).ToArray();
        }
    }

    public override string Name => "Item kNN";

    public override void Score(int user, double[] scores)
    {
        Array.Clear(scores);
        foreach (var item in Data.History[user].Keys)
            foreach (var (other, sim) in _neighbours[item]) scores[other] += sim;
    }

    public override string Reason(int user, int item)
    {
        var best = Data.History[user].Keys.Select(i => (i, _neighbours[i].FirstOrDefault(n => n.Item == item).Sim)).MaxBy(x => x.Sim);
        return best.Sim > 0 ? $"because you bought {Item(best.i)}" : "";
    }
}
