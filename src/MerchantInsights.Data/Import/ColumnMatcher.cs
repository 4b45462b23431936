namespace MerchantInsights.Data.Import;

/// <summary>Guesses the column mapping from a header row: a known export preset if one matches, else common column names.</summary>
public static class ColumnMatcher
{
    private static readonly Dictionary<SalesColumn, string[]> Synonyms = new()
    {
        [SalesColumn.OrderId] = ["order_id", "orderid", "order", "invoiceno", "invoice", "order number", "ordernumber", "transaction_id",
            "bestellnummer", "commande", "pedido", "ordine"],
        [SalesColumn.OrderDate] = ["order_date", "orderdate", "date", "invoicedate", "created at", "order date", "sale date", "timestamp",
            "datetime", "datum", "fecha", "data"],
        [SalesColumn.CustomerId] = ["customer_id", "customerid", "customer", "email", "buyer", "client_id", "billing email address",
            "kunde", "client", "cliente"],
        [SalesColumn.ProductId] = ["product_id", "productid", "sku", "stockcode", "lineitem sku", "item_id", "product code", "article"],
        [SalesColumn.ProductName] = ["product_name", "productname", "description", "lineitem name", "item name", "product", "title",
            "artikel", "produit", "producto", "prodotto"],
        [SalesColumn.Category] = ["category", "product_category", "product categories", "product type", "type", "department", "kategorie",
            "catégorie", "categoría", "categoria"],
        [SalesColumn.Quantity] = ["quantity", "qty", "lineitem quantity", "units", "menge", "anzahl", "quantité", "cantidad", "quantità"],
        [SalesColumn.UnitPrice] = ["unit_price", "unitprice", "price", "lineitem price", "item price", "item cost", "sale price", "preis",
            "prix", "precio", "prezzo"],
        [SalesColumn.UnitCost] = ["unit_cost", "unitcost", "cost", "cost price", "cogs", "cost of goods", "purchase price"],
    };

    public static ColumnMapping Match(IReadOnlyList<string> headers)
    {
        var preset = ImportPresets.All.FirstOrDefault(p => p.Matches(headers));
        var source = preset?.Columns ?? Synonyms;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var mapping = new Dictionary<SalesColumn, string>();
        foreach (var column in SalesColumns.All)
        {
            if (!source.TryGetValue(column, out var names)) continue;
            var found = ImportPreset.Find(headers.Where(h => !taken.Contains(h)).ToList(), names);
            if (found is null) continue;
            mapping[column] = found;
            taken.Add(found);
        }
        return new ColumnMapping(mapping, DateOrder.YearFirst)
        {
            Preset = preset?.Name ?? "Custom",
            NameWhenProductIdMissing = preset?.NameWhenProductIdMissing ?? false,
            CancelledOrderPrefix = preset?.CancelledOrderPrefix,
        };
    }
}
