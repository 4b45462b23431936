using MerchantInsights.Data.Import;

namespace MerchantInsights.Data.Sales;

/// <summary>What one import learned about a product: its latest name, category and cost, and its first/last sale.</summary>
internal sealed class ProductFacts
{
    public string Name = "", Category = "";
    public DateTime NameAt = DateTime.MinValue, CategoryAt = DateTime.MinValue, CostAt = DateTime.MinValue;
    public decimal? UnitCost;
    public DateOnly FirstDay = DateOnly.MaxValue, LastDay = DateOnly.MinValue;

    public void See(in ParsedLine line)
    {
        var day = DateOnly.FromDateTime(line.OrderDate);
        if (day < FirstDay) FirstDay = day;
        if (day > LastDay) LastDay = day;
        // Latest non-empty value wins: shops rename products; a blank description must not erase a name.
        if (line.ProductName.Length > 0 && line.OrderDate >= NameAt) (Name, NameAt) = (line.ProductName, line.OrderDate);
        if (line.Category.Length > 0 && line.OrderDate >= CategoryAt) (Category, CategoryAt) = (line.Category, line.OrderDate);
        if (line.UnitCost is { } c && line.OrderDate >= CostAt) (UnitCost, CostAt) = (c, line.OrderDate);
    }
}
