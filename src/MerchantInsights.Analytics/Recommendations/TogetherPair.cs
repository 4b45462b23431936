namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// <paramref name="OtherProductId"/> is the <paramref name="Rank"/>-th best partner of <paramref name="ProductId"/>.
/// Support = share of baskets with both; Confidence = share of <paramref name="ProductId"/>'s baskets that also hold the other;
/// Lift = observed / expected-by-chance; PValue = Benjamini–Hochberg adjusted one-sided Poisson p-value against chance
/// stratified by customer (see <see cref="FrequentlyBoughtTogether"/>).
/// </summary>
public sealed record TogetherPair(
    string ProductId,
    int Rank,
    string OtherProductId,
    int SupportOrders,
    double Support,
    double Confidence,
    double Lift,
    double PValue,
    string Evidence);
