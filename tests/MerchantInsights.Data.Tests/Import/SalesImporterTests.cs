using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Import;

public sealed class SalesImporterTests : ShopTests
{
    [Fact]
    public async Task Import_stores_every_line_and_reports_products_customers_and_dates()
    {
        var path = Shop.WriteFile("good.csv", Csv.Canonical(
            "A1,2025-03-01 10:00:00,C1,SKU-1,Mug,Kitchen,2,5.00,2.00",
            "A1,2025-03-01 10:00:00,C1,00731,Tea,Food,1,3.50,",
            "A2,2025-03-02 11:30:00,,SKU-1,Mug,Kitchen,1,4.00,2.00",
            "R1,2025-03-05 09:00:00,C1,SKU-1,Mug,Kitchen,-1,5.00,2.00"));

        var summary = await Shop.ImportAsync(path);

        Assert.Equal((4, 4, 0, 0), (summary.RowsRead, summary.RowsImported, summary.RowsRejected, summary.RowsAlreadyPresent));
        Assert.Equal(2, summary.Products);
        Assert.Equal(1, summary.Customers);
        Assert.Equal(new DateOnly(2025, 3, 1), summary.FirstDay);
        Assert.Equal(new DateOnly(2025, 3, 5), summary.LastDay);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines WHERE ProductId = '00731'"));
    }

    [Fact]
    public async Task Text_is_stored_exactly_as_read_including_empty_values_and_characters_beyond_ascii()
    {
        // The hot insert loop binds UTF-16 straight into SQLite: an empty value must stay '' (not NULL), and surrogate pairs,
        // CJK and accents must come back unchanged.
        var path = Shop.WriteFile("text.csv", Csv.Canonical(
            "订单-1,2025-03-01 10:00:00,Zoë,SKU-☕,陶瓷茶杯 🍵 青花,,2,5.00,",
            "A2,2025-03-01 11:00:00,,SKU-2,Crème brûlée dish – façade,Küche,1,4.00,"));

        await Shop.ImportAsync(path);

        await using var c = await Shop.Database.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT OrderId, CustomerId, ProductId, ProductName, Category FROM OrderLines ORDER BY Id";
        var rows = new List<(string, string?, string, string, string)>();
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync())
                rows.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        Assert.Equal([("订单-1", "Zoë", "SKU-☕", "陶瓷茶杯 🍵 青花", ""), ("A2", null, "SKU-2", "Crème brûlée dish – façade", "Küche")], rows);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM DailySales WHERE ProductId = 'SKU-☕' AND Day = '2025-03-01'"));
    }

    [Fact]
    public async Task Import_rebuilds_daily_sales_with_units_returns_revenue_and_average_price()
    {
        var path = Shop.WriteFile("daily.csv", Csv.Canonical(
            "A1,2025-03-01 10:00:00,C1,SKU-1,Mug,Kitchen,2,5.00,2.00",
            "A2,2025-03-01 18:00:00,C2,SKU-1,Mug,Kitchen,1,2.00,2.00",
            "R1,2025-03-01 19:00:00,C1,SKU-1,Mug,Kitchen,-1,5.00,2.00"));

        await Shop.ImportAsync(path);

        // Units 3 sold, 1 returned; revenue 2×5 + 1×2 − 1×5 = 7; average price of sales (10 + 2) / 3 = 4.
        Assert.Equal(3, await Shop.ScalarAsync("SELECT Units FROM DailySales WHERE ProductId = 'SKU-1' AND Day = '2025-03-01'"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT Returns FROM DailySales WHERE ProductId = 'SKU-1'"));
        Assert.Equal(70_000, await Shop.ScalarAsync("SELECT Revenue FROM DailySales WHERE ProductId = 'SKU-1'"));
        Assert.Equal(40_000, await Shop.ScalarAsync("SELECT AveragePrice FROM DailySales WHERE ProductId = 'SKU-1'"));
        Assert.Equal(3, await Shop.ScalarAsync("SELECT Orders FROM DailySales WHERE ProductId = 'SKU-1'"));
    }

    [Theory]
    [InlineData(",2025-03-01,C1,SKU-1,Mug,Kitchen,1,5.00,", "order_id", "", "the order id is empty")]
    [InlineData("A9,2025-03-01,C1,,Mug,Kitchen,1,5.00,", "product_id", "", "the product id (SKU) is empty")]
    [InlineData("A9,yesterday,C1,SKU-1,Mug,Kitchen,1,5.00,", "order_date", "yesterday", "not a date in the chosen date order (expected like 2025-03-31 or 2025-03-31 14:05:00)")]
    [InlineData("A9,2025-02-30,C1,SKU-1,Mug,Kitchen,1,5.00,", "order_date", "2025-02-30", "not a date in the chosen date order (expected like 2025-03-31 or 2025-03-31 14:05:00)")]
    [InlineData("A9,2025-03-01,C1,SKU-1,Mug,Kitchen,two,5.00,", "quantity", "two", "the quantity is not a number")]
    [InlineData("A9,2025-03-01,C1,SKU-1,Mug,Kitchen,0,5.00,", "quantity", "0", "the quantity is zero")]
    [InlineData("A9,2025-03-01,C1,SKU-1,Mug,Kitchen,5000000,5.00,", "quantity", "5000000", "the quantity is beyond ±1,000,000, which looks like a typo")]
    [InlineData("A9,2025-03-01,C1,SKU-1,Mug,Kitchen,1,abc,", "unit_price", "abc", "the unit price is not a number")]
    [InlineData("A9,2025-03-01,C1,SKU-1,Mug,Kitchen,1,-5.00,", "unit_price", "-5.00", "the unit price is negative")]
    [InlineData("A9,2025-03-01,C1,SKU-1,Mug,Kitchen,1,5.00,cheap", "unit_cost", "cheap", "the unit cost is not a number of zero or more")]
    public async Task Import_refuses_a_bad_row_with_its_row_column_value_and_reason_and_keeps_the_rest(string badRow, string column, string value, string reason)
    {
        var good = Enumerable.Range(1, 30).Select(i => $"G{i},2025-03-01 10:00:00,C{i},SKU-1,Mug,Kitchen,1,5.00,2.00").ToArray();
        var path = Shop.WriteFile("mixed.csv", Csv.Canonical([good[0], badRow, .. good[1..]]));

        var summary = await Shop.ImportAsync(path, new ImportOptions { MaxRejectedShare = 0.5 });

        Assert.Equal(30, summary.RowsImported);
        var problem = Assert.Single(summary.FirstProblems);
        Assert.Equal((3, column, value), (problem.RowNumber, problem.Column, problem.Value));
        Assert.StartsWith(reason, problem.Reason); // the exact sentences, with what to do, are pinned by the corpus (Corpus/expected.tsv)
        Assert.Equal(1, await Shop.ScalarAsync($"SELECT COUNT(*) FROM RejectedRows WHERE RowNumber = 3 AND Column = '{column}'"));
    }

    [Fact]
    public async Task Reimporting_the_same_file_is_refused_and_changes_nothing()
    {
        var path = Shop.WriteFile("once.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,1,5.00,"));
        await Shop.ImportAsync(path);

        var error = await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(path));

        Assert.StartsWith("once.csv: this exact file was already imported on ", error.Message);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
    }

    [Fact]
    public async Task The_first_import_written_once_keeps_its_hash_returns_to_WAL_and_a_failed_one_leaves_nothing()
    {
        var once = new ImportOptions { WriteOnceWhenFirst = true };
        var bad = Shop.WriteFile("bad.csv", Csv.Canonical("A1,not a date,C1,SKU-1,Mug,Kitchen,1,5.00,"));
        await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(bad, once));
        Assert.Equal("wal", await TextAsync("PRAGMA journal_mode"));
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
        Assert.False(File.Exists(Shop.Database.Path + "-journal"));

        var path = Shop.WriteFile("first.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,"));
        var summary = await Shop.ImportAsync(path, once);

        Assert.Equal(1, summary.RowsImported);
        Assert.Equal("wal", await TextAsync("PRAGMA journal_mode"));
        Assert.Equal(await SalesImporter.HashAsync(path, CancellationToken.None), await TextAsync("SELECT FileHash FROM ImportBatches"));
        var again = await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(path, once));
        Assert.Contains("this exact file was already imported", again.Message);
        Assert.Equal(2, await Shop.ScalarAsync("SELECT Units FROM DailySales"));
    }

    [Fact]
    public async Task A_first_import_while_another_connection_reads_the_file_runs_in_WAL_instead()
    {
        await using var reader = await Shop.Database.OpenConnectionAsync(CancellationToken.None);
        await using (var read = reader.CreateCommand())
        {
            read.CommandText = "BEGIN; SELECT COUNT(*) FROM Jobs;"; // an open read transaction, as a page polling its job holds
            await read.ExecuteScalarAsync();
        }
        var path = Shop.WriteFile("first.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,"));

        var summary = await Shop.ImportAsync(path, new ImportOptions { WriteOnceWhenFirst = true });

        Assert.Equal(1, summary.RowsImported);
        Assert.Equal("wal", await TextAsync("PRAGMA journal_mode"));
        await using (var end = reader.CreateCommand()) { end.CommandText = "COMMIT"; await end.ExecuteNonQueryAsync(); }
    }

    private async Task<string> TextAsync(string sql)
    {
        await using var c = await Shop.Database.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task An_overlapping_export_adds_only_the_new_lines()
    {
        await Shop.ImportAsync(Shop.WriteFile("jan.csv", Csv.Canonical(
            "A1,2025-01-01,C1,SKU-1,Mug,Kitchen,1,5.00,", "A1,2025-01-01,C1,SKU-1,Mug,Kitchen,1,5.00,")));

        var summary = await Shop.ImportAsync(Shop.WriteFile("jan-feb.csv", Csv.Canonical(
            "A1,2025-01-01,C1,SKU-1,Mug,Kitchen,1,5.00,", "A1,2025-01-01,C1,SKU-1,Mug,Kitchen,1,5.00,", "A2,2025-02-01,C1,SKU-1,Mug,Kitchen,3,5.00,")));

        Assert.Equal((1, 2), (summary.RowsImported, summary.RowsAlreadyPresent));
        Assert.Equal(5, await Shop.ScalarAsync("SELECT SUM(Units) FROM DailySales"));
    }

    [Fact]
    public async Task Too_many_refused_rows_import_nothing_unless_the_user_accepts_the_valid_ones()
    {
        var path = Shop.WriteFile("bad-dates.csv", Csv.Canonical(
            "A1,2025-03-01,C1,SKU-1,Mug,Kitchen,1,5.00,", "A2,03/15/2025,C1,SKU-1,Mug,Kitchen,1,5.00,", "A3,03/16/2025,C1,SKU-1,Mug,Kitchen,1,5.00,"));
        var mapping = SalesFilePreviewer.Preview(path, "bad-dates.csv").SuggestedMapping with { DateOrder = DateOrder.YearFirst };

        var error = await Assert.ThrowsAsync<TooManyRejectedRowsException>(() => Shop.ImportAsync(path, mapping: mapping));
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
        Assert.Equal("bad-dates.csv: 2 of 3 rows (66.7%) could not be read, so nothing was imported. " +
            "First problem: bad-dates.csv, row 3, column 'order_date' (value '03/15/2025'): not a date in the chosen date order (expected like 2025-03-31 or 2025-03-31 14:05:00). Correct the date, or choose another date order in the mapping. " +
            "Check the column mapping and date order, or import the 1 valid rows (\"Import the valid rows\" on the upload page, --import-valid-rows in the CLI).", error.Message);

        var summary = await Shop.ImportAsync(path, new ImportOptions { ImportValidRowsAnyway = true }, mapping);
        Assert.Equal((1, 2), (summary.RowsImported, summary.RowsRejected));
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_previous_data_exactly_as_it_was()
    {
        await Shop.ImportAsync(Shop.WriteFile("first.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,1,5.00,")));
        var big = Shop.WriteFile("big.csv", Csv.Canonical(Enumerable.Range(1, 50_000).Select(i => $"B{i},2025-03-02,C1,SKU-2,Cup,Kitchen,1,5.00,").ToArray()));
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Fraction > 0.1) cts.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Shop.Importer.ImportAsync(big, "big.csv", SalesFilePreviewer.Preview(big, "big.csv").SuggestedMapping, new ImportOptions(), progress, cts.Token));

        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM DailySales"));
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
