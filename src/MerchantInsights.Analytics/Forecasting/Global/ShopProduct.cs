namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// One product's cleaned daily demand as the shop-wide model reads it: units and average selling price per day (null
/// on days without a sale) from <paramref name="FirstDay"/>, and its category.
/// </summary>
public sealed record ShopProduct(string ProductId, string Category, DateOnly FirstDay, double[] Units, double?[] Price)
{
    /// <summary>
    /// The list price per day when known (the price of a typical small order, null on days without one): where big orders
    /// get a lower unit price or a few shoppers pay more, the average price moves without any promotion, so whether the
    /// product was recently on promotion is read from this. Null = read it from <see cref="Price"/>.
    /// </summary>
    public double?[]? ListPrice { get; init; }
}
