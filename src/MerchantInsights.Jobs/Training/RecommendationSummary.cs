using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Jobs.Training;

/// <summary>Which recommender was chosen for this shop, why, and how every candidate scored on the hold-out.</summary>
public sealed record RecommendationSummary(string ChosenModel, string WhyChosen, IReadOnlyList<ModelEvaluation> Evaluations);

/// <summary>How many products have a bought-together partner.</summary>
public sealed record TogetherSummary(int ProductsWithPartners, int Pairs);
