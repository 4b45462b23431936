using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Training;

/// <summary>Customers who were in <paramref name="From"/> (null: had not bought yet) and are now in <paramref name="To"/>.</summary>
public sealed record SegmentMove(Segment? From, Segment To, int Customers);
