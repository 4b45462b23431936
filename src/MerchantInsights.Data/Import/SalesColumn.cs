namespace MerchantInsights.Data.Import;

/// <summary>The canonical columns of an order line, in the canonical CSV order.</summary>
public enum SalesColumn
{
    OrderId,
    OrderDate,
    CustomerId,
    ProductId,
    ProductName,
    Category,
    Quantity,
    UnitPrice,
    UnitCost,
}
