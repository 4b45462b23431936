using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Training;

/// <summary>One customer on the recency × frequency chart.</summary>
public sealed record CustomerPoint(string CustomerId, int RecencyDays, int Orders, Segment Segment);
