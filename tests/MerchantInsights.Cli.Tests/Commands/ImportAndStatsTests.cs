using MerchantInsights.Testing;

namespace MerchantInsights.Cli.Tests.Commands;

public sealed class ImportAndStatsTests : ShopTests
{
    [Fact]
    public async Task Import_prints_rows_imported_and_rejected_then_stats_prints_the_shop()
    {
        var csv = Shop.WriteFile("orders.csv", Csv.Canonical(
            "A1,2025-03-01 10:00:00,C1,SKU-1,Mug,Kitchen,2,5.00,2.00",
            "A1,2025-03-01 10:00:00,C1,SKU-2,Tea,Food,1,3.50,",
            "A2,2025-03-09 11:00:00,C2,SKU-1,Mug,Kitchen,x,5.00,2.00",
            "A3,2025-03-09 12:00:00,,SKU-1,Mug,Kitchen,1,5.00,2.00"));
        var db = Path.Combine(Shop.Folder, "cli.db");

        var import = await CliRun.RunAsync("import", "--db", db, csv, "--import-valid-rows");

        Assert.Equal(0, import.Exit);
        Assert.Contains("Imported 3 rows from orders.csv", import.Out);
        Assert.Contains("Rejected 1 rows; 0 rows were already imported", import.Out);
        Assert.Contains("row 4, column 'quantity' (value 'x'): the quantity is not a number", import.Out);

        var stats = await CliRun.RunAsync("stats", "--db", db);

        Assert.Equal(0, stats.Exit);
        Assert.Equal(
            "orders: 2\nlines: 3\nproducts: 2\ncustomers: 1\nfirst_date: 2025-03-01\nlast_date: 2025-03-09\nrevenue: 18.50\n",
            stats.Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Import_of_a_bad_file_exits_non_zero_with_the_reason()
    {
        var csv = Shop.WriteFile("empty.csv", "");
        var result = await CliRun.RunAsync("import", "--db", Path.Combine(Shop.Folder, "cli.db"), csv);
        Assert.Equal(1, result.Exit);
        Assert.Contains("Import failed: empty.csv: the file is empty.", result.Err);
    }

    [Fact]
    public async Task Import_of_a_missing_file_says_so()
    {
        var result = await CliRun.RunAsync("import", "--db", Path.Combine(Shop.Folder, "cli.db"), "/nowhere/orders.csv");
        Assert.Equal(1, result.Exit);
        Assert.Contains("Import failed: /nowhere/orders.csv: no such file.", result.Err);
    }

    [Fact]
    public async Task Import_without_db_is_a_usage_error()
    {
        var result = await CliRun.RunAsync("import", "orders.csv");
        Assert.NotEqual(0, result.Exit);
        Assert.Contains("--db", result.Err + result.Out);
    }
}
