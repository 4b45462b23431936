namespace MerchantInsights.Recommendations.Bench;

/// <summary>Shape of a simulated shop. Taste segments make discovery possible; staples make buy-again strong.</summary>
internal sealed record ShopSpec(
    string Name,
    int Products,
    int Customers,
    int Days,
    int Segments,
    double SegmentStrength,
    int StaplesPerCustomer,
    double StapleProbability,
    double ExtraItemsMean,
    int PlantedPairs,
    double PairProbability,
    double DiscontinuedShare,
    double MeanDaysBetweenVisits,
    int Seed);
