namespace MerchantInsights.Data.Import;

/// <summary>The export formats recognised from their header row, most specific first. Samples: wwwroot-assets/samples/.</summary>
public static class ImportPresets
{
    private static Dictionary<SalesColumn,
        string[]> Map(string order, string date, string customer, string product, string name, string? category, string quantity,
        string price, string? cost = null)
    {
        var map = new Dictionary<SalesColumn, string[]>
        {
            [SalesColumn.OrderId] = [order], [SalesColumn.OrderDate] = [date], [SalesColumn.CustomerId] = [customer],
            [SalesColumn.ProductId] = [product], [SalesColumn.ProductName] = [name], [SalesColumn.Quantity] = [quantity],
                [SalesColumn.UnitPrice] = [price],
        };
        if (category is not null) map[SalesColumn.Category] = [category];
        if (cost is not null) map[SalesColumn.UnitCost] = [cost];
        return map;
    }

    public static IReadOnlyList<ImportPreset> All { get; } =
    [
        new("MerchantInsights canonical", "canonical.csv",
            Map("order_id", "order_date", "customer_id", "product_id", "product_name", "category", "quantity", "unit_price", "unit_cost")),
        new("UCI Online Retail", "uci-online-retail.csv",
            Map("InvoiceNo", "InvoiceDate", "CustomerID", "StockCode", "Description", null, "Quantity", "UnitPrice"),
                CancelledOrderPrefix: "C"),
        new("Online Retail II", "online-retail-ii.csv",
            Map("Invoice", "InvoiceDate", "Customer ID", "StockCode", "Description", null, "Quantity", "Price"), CancelledOrderPrefix: "C"),
        new("Shopify orders export", "shopify-orders.csv",
            Map("Name", "Created at", "Email", "Lineitem sku", "Lineitem name", "Vendor", "Lineitem quantity", "Lineitem price"),
                NameWhenProductIdMissing: true),
        new("WooCommerce orders export", "woocommerce-orders.csv",
            Map("Order Number", "Order Date", "Billing Email Address", "SKU", "Item Name", "Product Categories", "Quantity", "Item Cost",
                "Cost of Goods"), NameWhenProductIdMissing: true),
        new("Etsy sold order items", "etsy-sold-order-items.csv",
            Map("Order ID", "Sale Date", "Buyer", "SKU", "Item Name", null, "Quantity", "Price"), NameWhenProductIdMissing: true),
    ];
}
