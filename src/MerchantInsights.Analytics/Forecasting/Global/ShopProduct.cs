namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// One product's cleaned daily demand as the shop-wide model reads it: units and average selling price per day (null
/// on days without a sale) from <paramref name="FirstDay"/>, and its category.
/// </summary>
public sealed record ShopProduct(string ProductId, string Category, DateOnly FirstDay, double[] Units, double?[] Price);
