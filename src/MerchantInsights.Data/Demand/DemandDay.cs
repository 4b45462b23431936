namespace MerchantInsights.Data.Demand;

/// <summary>
/// One merchandise product's cleaned demand on one day (cancellations netted, free lines out, one-offs capped) and the
/// units and revenue of its lines at real prices, whose ratio is the day's price for the price-response fit.
/// Rebuilt whole by <see cref="DemandBuilder"/>; the stored order lines are never changed.
/// </summary>
public sealed class DemandDay
{
    public required string ProductId { get; set; }
    public DateOnly Day { get; set; }
    public double Units { get; set; }
    public double PricedUnits { get; set; }
    public decimal PricedRevenue { get; set; }
}
