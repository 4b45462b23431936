namespace MerchantInsights.Data.Stock;

/// <summary>
/// A day the owner recorded no stock of a product. Cleaned demand reads it: the run of no-sale days around it was a
/// stock-out, not a lack of demand (see <see cref="Analytics.Stock.StockOutDays"/>).
/// </summary>
public sealed class StockOut
{
    public required string ProductId { get; set; }
    public DateOnly Day { get; set; }
}
