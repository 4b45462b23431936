namespace MerchantInsights.Data.Sales;

/// <summary>A product as last seen in the data (name, category and cost of its most recent line).</summary>
public sealed class Product
{
    public required string ProductId { get; set; }
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public decimal? UnitCost { get; set; }
    public decimal? LastPrice { get; set; }
    public DateOnly FirstSold { get; set; }
    public DateOnly LastSold { get; set; }
    public double Units { get; set; }
    public decimal Revenue { get; set; }
    /// <summary>When the name, category and cost were last seen: the latest line wins across imports.</summary>
    public DateTime NameAt { get; set; }
    public DateTime CategoryAt { get; set; }
    public DateTime CostAt { get; set; }
}
