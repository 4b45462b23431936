namespace MerchantInsights.Data.Import;

/// <summary>Facts about the canonical columns: their CSV names, labels and which ones an import needs.</summary>
public static class SalesColumns
{
    public const string CanonicalHeader = "order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost";

    public static IReadOnlyList<SalesColumn> All { get; } = Enum.GetValues<SalesColumn>();

    /// <summary>Without these an order line means nothing; the others may be left unmapped.</summary>
    public static IReadOnlyList<SalesColumn> Required { get; } =
        [SalesColumn.OrderId, SalesColumn.OrderDate, SalesColumn.ProductId, SalesColumn.Quantity, SalesColumn.UnitPrice];

    public static bool IsRequired(SalesColumn column) => Required.Contains(column);

    public static string CanonicalName(SalesColumn column) => CanonicalHeader.Split(',')[(int)column];

    public static string Label(SalesColumn column) => column switch
    {
        SalesColumn.OrderId => "Order id",
        SalesColumn.OrderDate => "Order date/time",
        SalesColumn.CustomerId => "Customer id",
        SalesColumn.ProductId => "Product id (SKU)",
        SalesColumn.ProductName => "Product name",
        SalesColumn.Category => "Category",
        SalesColumn.Quantity => "Quantity",
        SalesColumn.UnitPrice => "Unit price",
        SalesColumn.UnitCost => "Unit cost",
        _ => column.ToString(),
    };
}
