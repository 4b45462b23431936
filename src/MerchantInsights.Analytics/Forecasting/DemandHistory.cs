namespace MerchantInsights.Analytics.Forecasting;

/// <summary>A product's units sold per day, contiguous, the last element being the shop's last day of data.</summary>
public sealed record DemandHistory(string ProductId, DateOnly FirstDay, double[] DailyUnits);
