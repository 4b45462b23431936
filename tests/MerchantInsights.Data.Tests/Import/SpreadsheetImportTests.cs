using MerchantInsights.Data.Import;
using MerchantInsights.Testing;
using MiniExcelLibs;

namespace MerchantInsights.Data.Tests.Import;

/// <summary>.xlsx uploads: the first sheet goes through the same preview, mapping and import as a CSV.</summary>
public sealed class SpreadsheetImportTests : ShopTests
{
    private string WriteWorkbook(string name, IEnumerable<Dictionary<string, object?>> rows)
    {
        var path = Path.Combine(Shop.Folder, name);
        MiniExcel.SaveAs(path, rows, sheetName: "Orders");
        return path;
    }

    private static Dictionary<string, object?> Row(string order, object date, string sku, object qty, object price) => new()
    {
        ["Order Number"] = order, ["Order Date"] = date, ["Billing Email Address"] = "ana@example.com", ["SKU"] = sku,
        ["Item Name"] = "Enamel mug", ["Quantity"] = qty, ["Item Cost"] = price,
    };

    [Fact]
    public async Task An_xlsx_first_sheet_is_previewed_mapped_and_imported_with_datetime_and_ole_dates()
    {
        var path = WriteWorkbook("orders.xlsx",
        [
            Row("1001", new DateTime(2025, 3, 1, 10, 15, 0), "MUG-1", 2, 12.5),
            Row("1002", new DateTime(2025, 3, 2).ToOADate() + 0.5, "MUG-1", 1, 12.5), // an unformatted date cell: an OLE serial number
            Row("1003", "2025-03-04 09:00:00", "TEA-1", 3, 6.9),
        ]);

        var preview = SalesFilePreviewer.Preview(path, "orders.xlsx");

        Assert.Equal("WooCommerce orders export", preview.SuggestedMapping.Preset);
        Assert.Equal("Excel workbook (.xlsx), first sheet", preview.EncodingName);
        Assert.Equal(["1001", "2025-03-01 10:15:00", "ana@example.com", "MUG-1", "Enamel mug", "2", "12.5"], preview.Rows[0]);
        Assert.Equal("2025-03-02 12:00:00", preview.Rows[1][1]);

        var summary = await Shop.ImportAsync(path);

        Assert.Equal((3, 3, 0), (summary.RowsRead, summary.RowsImported, summary.RowsRejected));
        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 4)), (summary.FirstDay, summary.LastDay));
        Assert.Equal(3, await Shop.ScalarAsync("SELECT Units FROM DailySales WHERE ProductId = 'TEA-1'"));
    }

    [Fact]
    public async Task Bad_rows_in_a_workbook_are_reported_with_their_sheet_row_number()
    {
        var path = WriteWorkbook("bad.xlsx", [Row("1001", new DateTime(2025, 3, 1), "MUG-1", 2, 12.5), Row("1002", new DateTime(2025, 3, 1), "MUG-1", "lots", 12.5)]);

        var summary = await Shop.ImportAsync(path, new ImportOptions { ImportValidRowsAnyway = true });

        Assert.Equal("bad.xlsx, row 3, column 'Quantity' (value 'lots'): the quantity is not a number. Write the units sold as a number such as 2 (negative for a return).",
            Assert.Single(summary.FirstProblems).Describe("bad.xlsx"));
    }
}
