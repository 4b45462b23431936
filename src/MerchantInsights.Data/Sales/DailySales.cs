namespace MerchantInsights.Data.Sales;

/// <summary>Product × day aggregate rebuilt after each import; the input of every training job.</summary>
public sealed class DailySales
{
    public required string ProductId { get; set; }
    public DateOnly Day { get; set; }
    /// <summary>Units sold (positive quantities only).</summary>
    public double Units { get; set; }
    /// <summary>Units returned or cancelled (as a positive number).</summary>
    public double Returns { get; set; }
    /// <summary>Revenue of sales minus refunds of returns.</summary>
    public decimal Revenue { get; set; }
    /// <summary>Revenue of sales only (returns not subtracted); with Units it gives the average price when imports are merged.</summary>
    public decimal SalesRevenue { get; set; }
    /// <summary>Average selling price of that day's sales (revenue of sales / units sold); null when nothing sold.</summary>
    public decimal? AveragePrice { get; set; }
    public int Orders { get; set; }
}
