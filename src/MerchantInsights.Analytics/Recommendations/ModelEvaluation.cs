namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Hold-out quality of one candidate: hit rate and NDCG of the top 10, and the share of the sellable catalogue it ever
/// recommends.</summary>
public sealed record ModelEvaluation(string Model, double HitRate10, double Ndcg10, double Coverage, int TestCustomers)
{
    /// <summary>The name of the popularity yardstick, which screens compare every other candidate with.</summary>
    public const string Popularity = "popularity";
}
