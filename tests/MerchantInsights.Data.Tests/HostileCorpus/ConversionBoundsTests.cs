using MerchantInsights.Data.Import;
using MerchantInsights.Testing;
using MiniExcelLibs;

namespace MerchantInsights.Data.Tests.HostileCorpus;

/// <summary>Issue 16: a workbook's conversion to CSV is bounded in bytes, whatever its cells claim.</summary>
public sealed class ConversionBoundsTests : ShopTests
{
    [Fact]
    public void A_workbook_converting_to_more_than_the_limit_stops_with_a_message_and_leaves_no_partial_file()
    {
        var path = Path.Combine(Shop.Folder, "huge.xlsx");
        MiniExcel.SaveAs(path, Enumerable.Range(1, 3_000).Select(i => new Dictionary<string, object?>
        {
            ["order_id"] = $"A{i}", ["order_date"] = "2025-03-01", ["product_id"] = "MUG-1", ["product_name"] = new string('m', 400), ["quantity"] = 1, ["unit_price"] = 12.5,
        }));

        var e = Assert.Throws<CsvImportException>(() => SpreadsheetConverter.EnsureCsv(path, "huge.xlsx", maxBytes: 1024 * 1024));

        Assert.Equal("huge.xlsx: the first sheet holds more than 5,000,000 rows or 1 MB of values, more than one upload may hold. " +
            "Export a shorter date range and upload each part separately.", e.Message);
        Assert.Equal(["huge.xlsx"], Directory.GetFiles(Shop.Folder, "huge.xlsx*").Select(Path.GetFileName));
    }
}
