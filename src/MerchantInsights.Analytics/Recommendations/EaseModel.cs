using System.Buffers;
using System.Numerics;

namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data", eq. 8): P = (XᵀX + λI)⁻¹,
/// B = I − P·diag(1/diag(P)) so diag(B) = 0, scores = X·B. The ridge λ is tuned on the validation window.
/// Cost: ≈ m³/2 multiply-adds for the inverse (<see cref="SymmetricInverse"/>) and O(m²) memory, m ≤
/// <see cref="RecommendationOptions.EaseMaxProducts"/>
/// (the most-bought active products); O(bought × m) per customer. Limits: products outside the EASE set are never
/// suggested. Products the customer already bought are scored too (X·B as published): on shops of repeat buyers that
/// re-ranks their past products by what goes with the rest of their basket.
/// </summary>
internal sealed class EaseModel : ICandidateModel
{
    public const string ModelName = "ease";

    private readonly ShopSnapshot _snapshot;
    private readonly EaseGram _gram;

    private EaseModel(ShopSnapshot snapshot, EaseGram gram, double[] weights, double lambda)
    {
        _snapshot = snapshot;
        _gram = gram;
        Weights = weights;
        Lambda = lambda;
    }

    public string Name => ModelName;

    public double Lambda { get; }

    /// <summary>B, row-major: Weights[i·m + j] is how much buying product row i raises product column j.</summary>
    public double[] Weights { get; }

    public static EaseModel Fit(ShopSnapshot snapshot, EaseGram gram, double lambda, CancellationToken cancellationToken = default)
    {
        var m = gram.Size;
        // One m × m array becomes XᵀX + λI, then P, then B (the inverse's one extra buffer aside): EASE is the training's
        // largest allocation, fitted once per λ tried.
        var weights = (double[])gram.Gram.Clone();
        for (var i = 0; i < m; i++) weights[i * m + i] += lambda;
        SymmetricInverse.InvertInPlace(weights, m, cancellationToken);
        var diagonal = Enumerable.Range(0, m).Select(j => weights[j * m + j]).ToArray();
        for (var i = 0; i < m; i++)
            for (var j = 0; j < m; j++)
                weights[i * m + j] = i == j ? 0 : -weights[i * m + j] / diagonal[j];
        return new EaseModel(snapshot, gram, weights, lambda);
    }

    /// <summary>Adds the customer's row of X·B to <paramref name="scores"/> (by product), and names as each product's reason the bought
    /// product with the largest positive weight towards it (the last of equals).</summary>
    /// <remarks>Summed in the model's column order in three contiguous arrays, several columns per instruction, and only then spread to
    /// the products: the scattered writes of the plain loop were most of a training's scoring time. The sums are added in the same
    /// order, so a zeroed <paramref name="scores"/> gets the same numbers to the last bit.</remarks>
    public void Score(int user, double[] scores, int[] reasons)
    {
        var m = _gram.Size;
        var scratch = ArrayPool<double>.Shared.Rent(3 * m);
        var sum = scratch.AsSpan(0, m);
        var best = scratch.AsSpan(m, m);
        var bestItem = scratch.AsSpan(2 * m, m);
        scratch.AsSpan(0, 3 * m).Clear();
        foreach (var i in _snapshot.Items(user))
        {
            var row = _gram.Position[i];
            if (row >= 0) Accumulate(Weights.AsSpan(row * m, m), sum, best, bestItem, i);
        }
        for (var c = 0; c < m; c++)
        {
            var j = _gram.Items[c];
            scores[j] += sum[c];
            if (best[c] > 0) reasons[j] = (int)bestItem[c];
        }
        ArrayPool<double>.Shared.Return(scratch);
    }

    /// <summary>sum += w; where w beats best, best = w and bestItem = item (item ids as doubles, in the same lanes as the
    /// weights).</summary>
    private static void Accumulate(ReadOnlySpan<double> weights, Span<double> sum, Span<double> best, Span<double> bestItem, int item)
    {
        var c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var id = new Vector<double>(item);
            for (; c <= weights.Length - Vector<double>.Count; c += Vector<double>.Count)
            {
                var w = new Vector<double>(weights[c..]);
                (new Vector<double>(sum[c..]) + w).CopyTo(sum[c..]);
                var b = new Vector<double>(best[c..]);
                var beats = Vector.GreaterThan(w, b);
                Vector.ConditionalSelect(beats, w, b).CopyTo(best[c..]);
                Vector.ConditionalSelect(beats, id, new Vector<double>(bestItem[c..])).CopyTo(bestItem[c..]);
            }
        }
        for (; c < weights.Length; c++)
        {
            var w = weights[c];
            sum[c] += w;
            if (w <= best[c]) continue;
            best[c] = w;
            bestItem[c] = item;
        }
    }
}
