namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// A product bought with another: in how many orders (and what share of all orders), how often buyers of the first also
/// took the second (confidence), how many times more than chance (lift), the chance probability, and the evidence in words.
/// </summary>
public sealed record TogetherPair(string ProductId, int Rank, string OtherProductId, int SupportOrders, double Support, double Confidence,
    double Lift, double PValue, string Evidence);
