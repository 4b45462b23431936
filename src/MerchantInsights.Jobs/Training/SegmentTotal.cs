using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Training;

/// <summary>A segment's customers, their spend so far and their predicted value over the horizon (shop currency).</summary>
public sealed record SegmentTotal(Segment Segment, int Customers, decimal Spend, decimal PredictedValue);
