namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Settings for <see cref="RecommendationTrainer"/>. Defaults suit a small shop with a few thousand products.</summary>
public sealed record RecommendationOptions
{
    /// <summary>Picks per customer the evaluation scores (hit rate and NDCG "@10").</summary>
    public const int EvaluatedPicks = 10;

    /// <summary>The test window: the last this-many days; a validation window of the same length precedes it.</summary>
    public int HoldoutDays { get; init; } = 28;

    /// <summary>A product with no sale in this many days (before the cut or the last day) is never recommended.</summary>
    public int InactiveAfterDays { get; init; } = 90;

    /// <summary>"Popular right now" counts orders in this many most recent days.</summary>
    public int PopularityDays { get; init; } = 28;

    /// <summary>Half-lives tried for buy-again, which weighs each purchase day by 0.5^(age / half-life).</summary>
    public IReadOnlyList<double> BuyAgainHalfLives { get; init; } = [14, 60, 365];

    /// <summary>Item-kNN: neighbours kept per product and the cosine shrinkage term.</summary>
    public int NeighbourCount { get; init; } = 50;

    /// <summary>Item-kNN: the shrinkage added to the cosine's denominator, so that pairs seen together a few times count less.</summary>
    public double CosineShrinkage { get; init; } = 10;

    /// <summary>EASE uses only this many most-bought active products (bounds the products × products inverse).</summary>
    public int EaseMaxProducts { get; init; } = 2000;

    /// <summary>Ridge strengths tried for EASE on the validation window.</summary>
    public IReadOnlyList<double> EaseLambdas { get; init; } = [20, 200, 1000];

    /// <summary>Buy-again weights tried for the blend on the validation window.</summary>
    public IReadOnlyList<double> BlendWeights { get; init; } = [0.15, 0.3, 0.5, 0.7, 0.85, 0.95];

    /// <summary>Weights of "popular right now" tried for the blend once the rest is tuned (0 keeps it out).</summary>
    public IReadOnlyList<double> BlendPopularWeights { get; init; } = [0, 0.05, 0.15, 0.3, 0.5];

    /// <summary>The test evaluation uses at most this many hold-out customers (an even, deterministic sample).</summary>
    public int MaxEvaluationCustomers { get; init; } = 4000;

    /// <summary>Tuning on the validation window uses at most this many customers (it scores dozens of settings).</summary>
    public int MaxTuningCustomers { get; init; } = 1500;
}
