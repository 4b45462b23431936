using System.Text;
using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Import;

/// <summary>Files that cannot be imported at all: each gets a message naming the file and what to do, and nothing is stored.</summary>
public sealed class FileLevelProblemTests : ShopTests
{
    [Fact]
    public void Empty_file_is_refused()
    {
        var path = Shop.WriteFile("empty.csv", "");
        var e = Assert.Throws<CsvImportException>(() => SalesFilePreviewer.Preview(path, "empty.csv"));
        Assert.Equal("empty.csv: the file is empty. Export your orders again and upload the new file.", e.Message);
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        var path = Shop.WriteBytes("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var e = Assert.Throws<CsvImportException>(() => SalesFilePreviewer.Preview(path, "photo.csv"));
        Assert.Equal("photo.csv: this is not a text (CSV) file. Upload the sales export as .csv, .tsv, .txt or .xlsx.", e.Message);
    }

    [Fact]
    public void A_file_without_columns_is_refused()
    {
        var path = Shop.WriteFile("notes.txt", "just some notes\nnothing else\n");
        var e = Assert.Throws<CsvImportException>(() => SalesFilePreviewer.Preview(path, "notes.txt"));
        Assert.StartsWith("notes.txt, row 1: no columns found in the first line.", e.Message);
    }

    [Fact]
    public async Task Header_without_rows_is_refused_and_stores_nothing()
    {
        var path = Shop.WriteFile("header.csv", SalesColumns.CanonicalHeader + "\n");
        var e = await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(path));
        Assert.Equal("header.csv: the file has a header but no rows. Export your orders again with at least one order in the date range.", e.Message);
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
    }

    [Fact]
    public async Task Missing_required_columns_are_named()
    {
        var path = Shop.WriteFile("partial.csv", "order_id,order_date,product_id\nA1,2025-01-01,SKU\n");
        var e = await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(path));
        Assert.Equal("partial.csv: no column is mapped to Quantity, Unit price. Choose the matching column of your file for each.", e.Message);
    }

    [Fact]
    public async Task A_file_where_no_row_can_be_read_names_the_first_problem()
    {
        var path = Shop.WriteFile("all-bad.csv", Csv.Canonical("A1,2025-01-01,C1,SKU,Mug,K,x,5.00,", "A2,2025-01-01,C1,SKU,Mug,K,y,5.00,"));
        var e = await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(path));
        Assert.Equal("all-bad.csv: none of the 2 rows could be read, so nothing was imported. First problem: row 2, column 'quantity' (value 'x'): the quantity is not a number. Write the units sold as a number such as 2 (negative for a return).", e.Message);
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
    }

    [Fact]
    public async Task Quoted_fields_with_commas_and_newlines_and_a_bom_are_read()
    {
        var text = "\uFEFF" + Csv.Canonical("A1,2025-03-01,C1,SKU-1,\"Mug, large\nblue\",Kitchen,1,5.00,", "A2,2025-03-01,C1,SKU-2,Plain,Kitchen,1,5.00,");
        var path = Shop.WriteBytes("quoted.csv", Encoding.UTF8.GetBytes(text));
        var summary = await Shop.ImportAsync(path);
        Assert.Equal(2, summary.RowsImported);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM Products WHERE Name = 'Mug, large\nblue'"));
    }

    [Fact]
    public async Task Semicolon_files_with_uci_headers_are_mapped_automatically()
    {
        var path = Shop.WriteFile("uci.csv", "InvoiceNo;StockCode;Description;Quantity;InvoiceDate;UnitPrice;CustomerID;Country\n536365;85123A;WHITE HANGING HEART;6;12/1/2010 8:26;2.55;17850;United Kingdom\nC536379;D;Discount;-1;12/13/2010 9:41;27.50;14527;United Kingdom\n");
        var preview = SalesFilePreviewer.Preview(path, "uci.csv");
        Assert.Equal(';', preview.Delimiter);
        Assert.Equal("InvoiceNo", preview.SuggestedMapping.HeaderFor(SalesColumn.OrderId));
        Assert.Equal("StockCode", preview.SuggestedMapping.HeaderFor(SalesColumn.ProductId));
        Assert.Equal(DateOrder.MonthFirst, preview.SuggestedMapping.DateOrder);

        var summary = await Shop.ImportAsync(path);

        Assert.Equal(2, summary.RowsImported);
        Assert.Equal(new DateOnly(2010, 12, 13), summary.LastDay);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT Returns FROM DailySales WHERE ProductId = 'D'"));
    }
}
