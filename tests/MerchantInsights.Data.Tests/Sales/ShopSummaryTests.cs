using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Storage;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Sales;

public sealed class ShopSummaryTests : ShopTests
{
    /// <summary>The figures as a scan of every stored line gives them (what the precomputed summary must equal).</summary>
    private async Task<SalesStatistics> ScannedAsync()
    {
        await using var connection = await Shop.Database.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT COUNT(DISTINCT OrderId), COUNT(*), COUNT(DISTINCT ProductId), COUNT(DISTINCT CustomerId), MIN(OrderDate), MAX(OrderDate),
                   COALESCE(SUM(Quantity * UnitPrice), 0), COALESCE(SUM(CASE WHEN Quantity > 0 THEN Quantity END), 0)
            FROM OrderLines
            """;
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        DateOnly? Day(int i) => r.IsDBNull(i) ? null : DateOnly.Parse(r.GetString(i)[..10]);
        return new SalesStatistics(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), Day(4), Day(5), (decimal)r.GetDouble(6) / MoneyConverter.Scale, r.GetDouble(7));
    }

    /// <summary>Revenue and units per day as a scan of DailySales gives them.</summary>
    private async Task<List<(DateOnly, decimal, double)>> ScannedDaysAsync()
    {
        await using var connection = await Shop.Database.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Day, SUM(Revenue), SUM(Units) FROM DailySales GROUP BY Day ORDER BY Day";
        await using var r = await cmd.ExecuteReaderAsync();
        var days = new List<(DateOnly, decimal, double)>();
        while (await r.ReadAsync()) days.Add((DateOnly.Parse(r.GetString(0)), r.GetInt64(1) / MoneyConverter.Scale, r.GetDouble(2)));
        return days;
    }

    private async Task AssertDaysMatchAsync()
    {
        var shown = (await new ShopOverview(Shop.Database).DailyTotalsAsync(CancellationToken.None)).Where(d => d.Revenue != 0 || d.Units != 0)
            .Select(d => (d.Day, d.Revenue, d.Units)).ToList();
        Assert.Equal(await ScannedDaysAsync(), shown);
    }

    [Fact]
    public async Task The_precomputed_figures_and_days_equal_a_scan_after_imports_overlaps_and_undo()
    {
        Assert.Equal(new SalesStatistics(0, 0, 0, 0, null, null, 0, 0), await SalesStatistics.ReadAsync(Shop.Database, CancellationToken.None));

        await Shop.ImportAsync(Shop.WriteFile("jan.csv", Csv.Canonical(
            "A1,2026-01-01 10:00:00,c1,MUG,Mug,K,2,5.00,", "A1,2026-01-01 10:00:00,c1,TEA,Tea,F,1,3.50,", "A2,2026-01-02 09:00:00,,MUG,Mug,K,1,5.00,")));
        Assert.Equal(await ScannedAsync(), await SalesStatistics.ReadAsync(Shop.Database, CancellationToken.None));
        await AssertDaysMatchAsync();

        // An overlapping export adds only its new lines; the order A2 is counted once, also with a line that is new to it.
        var feb = await Shop.ImportAsync(Shop.WriteFile("feb.csv", Csv.Canonical(
            "A2,2026-01-02 09:00:00,,MUG,Mug,K,1,5.00,", "A2,2026-01-02 09:00:00,,CUP,Cup,K,1,2.25,", "A3,2026-02-01 08:00:00,c2,TEA,Tea,F,-1,3.50,", "A4,2026-02-03 08:00:00,c3,CUP,Cup,K,4,2.25,")));
        var both = await SalesStatistics.ReadAsync(Shop.Database, CancellationToken.None);
        Assert.Equal(await ScannedAsync(), both);
        Assert.Equal(4, both.Orders);
        Assert.Equal(3, both.Customers);
        await AssertDaysMatchAsync();

        await new ImportHistory(Shop.Database).UndoAsync(feb.BatchId, CancellationToken.None);
        var undone = await SalesStatistics.ReadAsync(Shop.Database, CancellationToken.None);
        Assert.Equal(await ScannedAsync(), undone);
        Assert.Equal(2, undone.Orders);
        await AssertDaysMatchAsync();
    }

    [Fact]
    public async Task A_database_from_before_the_order_count_keeps_its_number_of_orders()
    {
        await using (var db = Shop.Database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261201181639_Alerts");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO ShopOrders (OrderId) VALUES ('A1'), ('A2'), ('A3');
                INSERT INTO ShopSummary (Id, Lines, Revenue, Units) VALUES (1, 5, 100, 7);
                """);
        }
        await Shop.Database.MigrateAsync(CancellationToken.None);

        Assert.Equal(3, (await SalesStatistics.ReadAsync(Shop.Database, CancellationToken.None)).Orders);
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ShopOrders'"));
    }
}
