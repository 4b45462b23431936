namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Item-kNN: cosine similarity between products' customer sets with shrinkage, sim = co(i,j) / (√(nᵢnⱼ) + s), keeping the
/// top neighbours of each product; a customer's score for j is Σ sim(i,j) over products i they bought (Sarwar et al. 2001;
/// shrinkage as in Koren 2008). Fit O(Σ customer²) time, O(products × neighbours) memory. Products the customer already
/// bought are scored too (their neighbours vouch for them), which helps on shops of repeat buyers.
/// </summary>
internal sealed class ItemKnnModel : ICandidateModel
{
    public const string ModelName = "item-knn";

    private readonly ShopSnapshot _snapshot;
    private readonly (int Item, double Similarity)[][] _neighbours;

    private ItemKnnModel(ShopSnapshot snapshot, (int, double)[][] neighbours)
    {
        _snapshot = snapshot;
        _neighbours = neighbours;
    }

    public string Name => ModelName;

    public static ItemKnnModel Fit(ShopSnapshot snapshot, RecommendationOptions options, CancellationToken cancellationToken)
    {
        var buyers = ProductBuyers.Of(snapshot);
        var neighbours = new (int, double)[snapshot.ProductCount][];
        Parallel.For(0, snapshot.ProductCount,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new int[snapshot.ProductCount],
            (i, _, counts) =>
            {
                neighbours[i] = NeighboursOf(i, snapshot, buyers, counts, options);
                return counts;
            }, _ => { });
        return new ItemKnnModel(snapshot, neighbours);
    }

    private static (int, double)[] NeighboursOf(int i, ShopSnapshot snapshot, int[][] buyers, int[] counts, RecommendationOptions options)
    {
        var touched = new List<int>();
        foreach (var user in buyers[i])
            foreach (var j in snapshot.Items(user))
                if (j != i && snapshot.Active[j] && counts[j]++ == 0) touched.Add(j);
        var top = new List<(int, double)>(touched.Count);
        foreach (var j in touched)
        {
            var similarity = counts[j] / (Math.Sqrt((double)buyers[i].Length * buyers[j].Length) + options.CosineShrinkage);
            top.Add((j, similarity));
            counts[j] = 0;
        }
        return [.. top.OrderByDescending(t => t.Item2).ThenBy(t => t.Item1).Take(options.NeighbourCount)];
    }

    public void Score(int user, double[] scores, int[] reasons)
    {
        var best = new double[scores.Length];
        foreach (var i in _snapshot.Items(user))
            foreach (var (j, similarity) in _neighbours[i])
            {
                scores[j] += similarity;
                if (similarity > best[j])
                {
                    best[j] = similarity;
                    reasons[j] = i;
                }
            }
    }
}
