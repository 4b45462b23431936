namespace MerchantInsights.Analytics.Pricing;

/// <summary>A product's daily units and average selling price (null on days without a sale), its category and unit cost if known.</summary>
public sealed record ProductPriceHistory(string ProductId, string Category, DateOnly FirstDay, double[] DailyUnits, double?[] DailyPrice, double? UnitCost);
