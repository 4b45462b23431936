namespace MerchantInsights.Data.Training;

/// <summary>
/// One product's days from its first sale to the shop's last day, gaps filled: cleaned demand (cancellations netted, free lines out,
/// one-offs capped;
/// returns not subtracted),
/// the average selling price (null on days without a sale), and what is known of the product.
/// </summary>
public sealed record ProductDailySeries(string ProductId, string Name, string Category, decimal? UnitCost,
    DateOnly FirstDay, double[] Units, double?[] AveragePrice)
{
    public DateOnly LastDay => FirstDay.AddDays(Units.Length - 1);

    /// <summary>
    /// The list price per day: the median unit price of the lines of at most the product's typical (median) line
    /// quantity on that day and the two such days either side, null on days without such a line. Where bigger orders get a lower unit price
    /// (quantity tiers), this is
    /// the price a shopper sees, and the price response is read from it; <see cref="AveragePrice"/> mixes in the tiers.
    /// </summary>
    public double?[]? ListPrice { get; init; }

    /// <summary>One-off bulk orders capped in <see cref="Units"/> (the product page says so).</summary>
    public int OneOffsCapped { get; init; }

    /// <summary>Whether the product sold anything in the last <paramref name="days"/> days of the data.</summary>
    public bool SoldInLast(int days) => Units.AsSpan(Math.Max(0, Units.Length - days)).ContainsAnyExcept(0d);
}
