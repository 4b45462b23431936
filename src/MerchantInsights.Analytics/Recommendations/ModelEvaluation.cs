namespace MerchantInsights.Analytics.Recommendations;

/// <summary>A recommender's offline score on the held-back days: hit rate and NDCG of its top 10, and catalogue coverage.</summary>
public sealed record ModelEvaluation(string Model, double HitRate10, double Ndcg10, double Coverage, int TestCustomers);
