namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// One customer as the shop owner sees them: RFM values and scores, segment now and <see cref="CustomerOptions.MovementDays"/> days
/// ago (null when they had not bought yet), their chance to order again within the horizon, and the predicted spend over
/// the horizon with its 80% range (equal to the value when no hold-out could measure the spread).
/// </summary>
public sealed record CustomerProfile(string CustomerId, int RecencyDays, int Orders, decimal Spend, int R, int F, int M,
    Segment Segment, Segment? SegmentBefore, double ProbabilityActive, double ExpectedPurchases,
    decimal PredictedValue, decimal ValueLow, decimal ValueHigh);
