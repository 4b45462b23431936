namespace MerchantInsights.Analytics.Recommendations;

/// <summary>How the recommenders are evaluated and served.</summary>
public sealed record RecommendationOptions
{
    /// <summary>The last days held back to choose the model (and, before them, the same again to tune it).</summary>
    public int HoldoutDays { get; init; } = 28;
    /// <summary>Products without a sale in this many days are no longer sold and never recommended.</summary>
    public int InactiveAfterDays { get; init; } = 90;
    /// <summary>Half-life of a past purchase in buy-again scores, in days.</summary>
    public double BuyAgainHalfLifeDays { get; init; } = 90;
    /// <summary>EASE inverts an items × items matrix: only this many most bought products take part.</summary>
    public int MaxEaseItems { get; init; } = 1000;
    /// <summary>EASE's L2 penalty candidates, tuned on the validation window.</summary>
    public IReadOnlyList<double> EaseLambdas { get; init; } = [50, 200, 800];
    /// <summary>Neighbours kept per product in item-kNN and its similarity shrinkage.</summary>
    public int Neighbours { get; init; } = 50;
    public double Shrinkage { get; init; } = 10;
}
