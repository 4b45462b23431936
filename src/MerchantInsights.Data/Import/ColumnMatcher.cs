namespace MerchantInsights.Data.Import;

/// <summary>Guesses the column mapping from a header row: a known export preset if one matches, else common column names — English,
/// and the words German, French, Spanish, Italian and Chinese shop systems write (compared by letters and digits only, so "Art.-Nr."
/// is "artnr"). Names earlier in a list win.</summary>
public static class ColumnMatcher
{
    private static readonly Dictionary<SalesColumn, string[]> Synonyms = new()
    {
        [SalesColumn.OrderId] = ["order_id", "orderid", "order", "invoiceno", "invoice", "order number", "ordernumber", "transaction_id",
            "bestellnummer", "bestellnr", "bestellid", "auftragsnummer", "auftragsnr", "belegnummer", "rechnungsnummer", "commande",
            "numéro de commande", "n de commande", "id commande", "pedido", "número de pedido", "numero de pedido", "nº de pedido",
            "ordine", "numero ordine", "id ordine", "订单号", "订单编号"],
        [SalesColumn.OrderDate] = ["order_date", "orderdate", "date", "invoicedate", "created at", "order date", "sale date", "timestamp",
            "datetime", "datum", "bestelldatum", "auftragsdatum", "rechnungsdatum", "belegdatum", "date de commande", "fecha",
            "fecha de pedido", "fecha del pedido", "data", "data ordine", "data dellordine", "下单时间", "订单日期", "创建时间"],
        [SalesColumn.CustomerId] = ["customer_id", "customerid", "customer", "email", "buyer", "client_id", "billing email address",
            "kunde", "kundennummer", "kundennr", "kundenid", "kunden id", "e-mail", "client", "numéro client", "id client", "cliente",
            "id cliente", "número de cliente", "codice cliente", "买家", "买家id", "客户", "客户编号"],
        [SalesColumn.ProductId] = ["product_id", "productid", "sku", "stockcode", "lineitem sku", "item_id", "product code", "article",
            "artikelnummer", "artikelnr", "artnr", "artikel id", "produktnummer", "référence", "reference", "référence produit",
                "referencia",
            "código", "codigo", "código de producto", "codice articolo", "codice prodotto", "商品编号", "商家编码", "货号"],
        [SalesColumn.ProductName] = ["product_name", "productname", "description", "lineitem name", "item name", "product", "title",
            "artikel", "artikelname", "artikelbezeichnung", "bezeichnung", "produktname", "produkt", "produit", "nom du produit", "libellé",
            "producto", "nombre del producto", "prodotto", "nome prodotto", "descrizione", "商品名称", "商品"],
        [SalesColumn.Category] = ["category", "product_category", "product categories", "product type", "type", "department", "kategorie",
            "warengruppe", "produktkategorie", "catégorie", "categoría", "categoria", "类目", "商品类目", "分类"],
        [SalesColumn.Quantity] = ["quantity", "qty", "lineitem quantity", "units", "menge", "anzahl", "stückzahl", "stück", "quantité",
            "qté", "cantidad", "unidades", "quantità", "数量", "购买数量"],
        [SalesColumn.UnitPrice] = ["unit_price", "unitprice", "price", "lineitem price", "item price", "item cost", "sale price", "preis",
            "einzelpreis", "stückpreis", "verkaufspreis", "vk-preis", "prix", "prix unitaire", "precio", "precio unitario", "prezzo",
            "prezzo unitario", "单价", "商品单价", "价格"],
        [SalesColumn.UnitCost] = ["unit_cost", "unitcost", "cost", "cost price", "cogs", "cost of goods", "purchase price",
            "einkaufspreis", "ek-preis", "ek", "selbstkosten", "prix dachat", "coût", "precio de coste", "coste", "costo",
            "prezzo di acquisto", "成本", "成本价"],
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
