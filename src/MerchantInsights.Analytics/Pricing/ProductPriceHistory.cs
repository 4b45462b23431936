namespace MerchantInsights.Analytics.Pricing;

/// <summary>A product's daily units and average selling price (null on days without a sale), its category and unit cost if known.</summary>
public sealed record ProductPriceHistory(string ProductId, string Category, DateOnly FirstDay, double[] DailyUnits, double?[] DailyPrice,
    double? UnitCost)
{
    /// <summary>
    /// The list price per day (the price of a typical small order; null on days without one), when the shop sells in
    /// quantity tiers: the price response is read from it, not from the average that bulk discounts pull down.
    /// </summary>
    public double?[]? ListPrice { get; init; }

    /// <summary>The price the model reads on day t: the list price when the shop gives one, else the average selling price.</summary>
    public double? PriceOn(int t) => ListPrice is { } list ? (t < list.Length && list[t] is > 0 ? list[t] : null) : DailyPrice[t];
}
