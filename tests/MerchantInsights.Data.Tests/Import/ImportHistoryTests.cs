using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Import;

public sealed class ImportHistoryTests : ShopTests
{
    [Fact]
    public async Task Undo_removes_exactly_one_batch_and_rebuilds_the_aggregates()
    {
        await Shop.ImportAsync(Shop.WriteFile("a.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,")));
        var second = await Shop.ImportAsync(Shop.WriteFile("b.csv", Csv.Canonical("B1,2025-03-01,C2,SKU-1,Mug,Kitchen,3,5.00,", "B2,2025-03-02,C2,SKU-2,Cup,Kitchen,1,5.00,")));

        await new ImportHistory(Shop.Database).UndoAsync(second.BatchId, CancellationToken.None);

        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        Assert.Equal(2, await Shop.ScalarAsync("SELECT SUM(Units) FROM DailySales"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM Products"));
        var remaining = Assert.Single(await new ImportHistory(Shop.Database).ListAsync(CancellationToken.None));
        Assert.Equal("a.csv", remaining.FileName);
    }

    [Fact]
    public void Rejections_csv_quotes_values_that_need_it() =>
        Assert.Equal("row,column,value,reason\n7,quantity,\"1,5\",the quantity is not a number\n",
            RejectionsCsv.Write([new RejectedRow { RowNumber = 7, Column = "quantity", Value = "1,5", Reason = "the quantity is not a number" }]));

    [Fact]
    public async Task Undo_keeps_the_lines_a_later_overlapping_import_skipped_as_already_present()
    {
        var march = await Shop.ImportAsync(Shop.WriteFile("march.csv", Csv.Canonical(
            "A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,", "A2,2025-03-30,C2,SKU-2,Cup,Kitchen,1,4.00,", "A2,2025-03-30,C2,SKU-2,Cup,Kitchen,3,4.00,")));
        var overlap = await Shop.ImportAsync(Shop.WriteFile("march-april.csv", Csv.Canonical(
            "A2,2025-03-30,C2,SKU-2,Cup,Kitchen,1,4.00,", "A2,2025-03-30,C2,SKU-2,Cup,Kitchen,3,4.00,", "A3,2025-04-02,C3,SKU-1,Mug,Kitchen,1,5.00,")));
        Assert.Equal((1, 2), (overlap.RowsImported, overlap.RowsAlreadyPresent));

        var left = await new ImportHistory(Shop.Database).UndoAsync(march.BatchId, CancellationToken.None);

        Assert.Equal(3, left);
        Assert.Equal(3, await Shop.ScalarAsync($"SELECT COUNT(*) FROM OrderLines WHERE ImportBatchId = {overlap.BatchId}"));
        Assert.Equal(5, await Shop.ScalarAsync("SELECT SUM(Units) FROM DailySales"));
    }
}
