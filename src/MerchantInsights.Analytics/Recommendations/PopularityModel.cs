namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Popularity: orders in the last <see cref="RecommendationOptions.PopularityDays"/> before the cut (all-time orders break
/// ties). The cold-start answer and the floor every model must beat. O(products) per customer; no personalisation.
/// </summary>
internal sealed class PopularityModel(ShopSnapshot snapshot) : ICandidateModel
{
    public const string ModelName = ModelEvaluation.Popularity;

    public string Name => ModelName;

    public void Score(int user, double[] scores, int[] reasons)
    {
        Array.Copy(snapshot.Popularity, scores, scores.Length);
        Array.Fill(reasons, PickReason.Popular);
    }
}
