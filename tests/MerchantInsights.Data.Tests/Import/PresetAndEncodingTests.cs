using System.Text;
using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Import;

/// <summary>What real shops export: each preset's sample, legacy encodings, decimal commas.</summary>
public sealed class PresetAndEncodingTests : ShopTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    [Theory]
    [InlineData("canonical.csv", "MerchantInsights canonical", 4, 2, "2025-03-01", "2025-03-09")]
    [InlineData("uci-online-retail.csv", "UCI Online Retail", 4, 4, "2010-12-01", "2010-12-13")]
    [InlineData("online-retail-ii.csv", "Online Retail II", 3, 3, "2009-12-01", "2009-12-01")]
    [InlineData("shopify-orders.csv", "Shopify orders export", 3, 2, "2025-03-01", "2025-03-02")]
    [InlineData("woocommerce-orders.csv", "WooCommerce orders export", 3, 3, "2025-03-01", "2025-03-02")]
    [InlineData("etsy-sold-order-items.csv", "Etsy sold order items", 2, 2, "2025-03-01", "2025-03-02")]
    public async Task Each_preset_sample_is_recognised_and_imported_whole(string file, string preset, int lines, int products, string first, string last)
    {
        var preview = SalesFilePreviewer.Preview(Sample(file), file);
        Assert.Equal(preset, preview.SuggestedMapping.Preset);
        Assert.Empty(preview.SuggestedMapping.MissingRequired());

        var summary = await Shop.ImportAsync(Sample(file));

        Assert.Equal((lines, 0), (summary.RowsImported, summary.RowsRejected));
        Assert.Equal(products, summary.Products);
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (summary.FirstDay!.Value, summary.LastDay!.Value));
    }

    [Fact]
    public async Task Shopify_lines_without_sku_are_identified_by_their_name_and_times_keep_the_shops_clock()
    {
        await Shop.ImportAsync(Sample("shopify-orders.csv"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines WHERE ProductId = 'Gift wrap'"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines WHERE OrderDate = '2025-03-01 10:15:44' AND ProductId = 'Gift wrap'"));
    }

    [Fact]
    public async Task Uci_cancellations_count_as_returns()
    {
        await Shop.ImportAsync(Sample("uci-online-retail.csv"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT Returns FROM DailySales WHERE ProductId = 'D'"));
        Assert.Equal(0, await Shop.ScalarAsync("SELECT Units FROM DailySales WHERE ProductId = 'D'"));
    }

    [Fact]
    public async Task Etsy_prices_with_thousands_separators_are_read()
    {
        await Shop.ImportAsync(Sample("etsy-sold-order-items.csv"));
        Assert.Equal(1250_0000, await Shop.ScalarAsync("SELECT UnitPrice FROM OrderLines WHERE ProductId = 'Linen tea towel'"));
    }

    [Fact]
    public async Task Semicolon_file_with_decimal_commas_and_day_first_dates_is_detected_and_read()
    {
        var path = Shop.WriteFile("de.csv", "Bestellnummer;Datum;Kunde;SKU;Artikel;Kategorie;Menge;Preis\n" +
            "1;13.03.2025 10:00;K1;A-1;Tasse;Küche;2;1.234,50\n1;13.03.2025 10:00;K1;A-2;Tee;Tee;1;3,90\n");
        var preview = SalesFilePreviewer.Preview(path, "de.csv");
        var mapping = preview.SuggestedMapping;
        Assert.Equal("Bestellnummer", mapping.HeaderFor(SalesColumn.OrderId));
        Assert.Equal("Preis", mapping.HeaderFor(SalesColumn.UnitPrice));

        Assert.Equal(';', preview.Delimiter);
        Assert.True(preview.SuggestedMapping.DecimalComma);
        Assert.Equal(DateOrder.DayFirst, preview.SuggestedMapping.DateOrder);
        var summary = await Shop.ImportAsync(path, mapping: mapping);

        Assert.Equal(2, summary.RowsImported);
        Assert.Equal(2469_0000 + 3_9000, await Shop.ScalarAsync("SELECT SUM(Revenue) FROM DailySales"));
    }

    /// <summary>Shop-system exports in other languages are read without a mapping by hand: every column of these headers is found.</summary>
    [Theory]
    [InlineData("Bestellnummer;Bestelldatum;Kundennummer;Artikelnummer;Artikelname;Kategorie;Menge;Einzelpreis;Einkaufspreis")]
    [InlineData("Auftragsnummer;Auftragsdatum;Kunden-Nr.;Art.-Nr.;Bezeichnung;Warengruppe;Stückzahl;VK-Preis;EK-Preis")]
    [InlineData("Numéro de commande;Date de commande;Numéro client;Référence;Nom du produit;Catégorie;Quantité;Prix unitaire;Prix d'achat")]
    [InlineData("Número de pedido;Fecha del pedido;Cliente;Referencia;Nombre del producto;Categoría;Cantidad;Precio unitario;Coste")]
    [InlineData("Numero ordine;Data ordine;Codice cliente;Codice articolo;Nome prodotto;Categoria;Quantità;Prezzo unitario;Costo")]
    [InlineData("订单编号;下单时间;买家;商家编码;商品名称;类目;数量;单价;成本价")]
    public void Headers_of_other_languages_map_every_column(string header)
    {
        var names = header.Split(';');
        var mapping = ColumnMatcher.Match(names);

        Assert.Empty(mapping.MissingRequired());
        Assert.Equal(names, SalesColumns.All.Select(c => mapping.HeaderFor(c)));
    }

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-16", "UTF-16 (little-endian)" },
        { "utf-16BE", "UTF-16 (big-endian)" },
        { "windows-1252", "Windows-1252 (Western European)" },
        { "GB18030", "GB18030 (Chinese)" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Legacy_and_utf16_encodings_are_detected_without_a_byte_order_mark(string encodingName, string described)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(encodingName);
        var name = encodingName == "GB18030" ? "陶瓷茶杯 青花" : "Crème brûlée dish – façade";
        var rows = Enumerable.Range(1, 40).Select(i => $"A{i},2025-03-01,C{i},SKU-{i % 3},{name} {i % 3},Küche,1,5.00,");
        var text = Csv.Canonical([.. rows]);
        var path = Shop.WriteBytes("enc.csv", encoding.GetBytes(text)); // GetBytes writes no byte-order mark

        Assert.Equal(described, SalesFilePreviewer.Preview(path, "enc.csv").EncodingName);
        await Shop.ImportAsync(path);

        Assert.Equal(1, await Shop.ScalarAsync($"SELECT COUNT(*) FROM Products WHERE Name = '{name} 1'"));
    }
}
