namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// One product's cleaned daily units from <paramref name="FirstDay"/> to the shop's last day (gaps are 0) and its list
/// price per day (null on days without a sale).
/// </summary>
public sealed record ProductDailyUnits(string ProductId, DateOnly FirstDay, double[] Units, double?[] Price);
