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

    public void Score(int user, double[] scores, int[] reasons)
    {
        var m = _gram.Size;
        var best = new double[m];
        foreach (var i in _snapshot.Items(user))
        {
            var row = _gram.Position[i];
            if (row < 0) continue;
            var weights = Weights.AsSpan(row * m, m);
            for (var c = 0; c < m; c++)
            {
                var w = weights[c];
                var j = _gram.Items[c];
                scores[j] += w;
                if (w > best[c])
                {
                    best[c] = w;
                    reasons[j] = i;
                }
            }
        }
    }
}
