using MerchantInsights.Data.Sales;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Sales;

public sealed class ShopOverviewTests : ShopTests
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Shop.ImportAsync(Shop.WriteFile("shop.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost
            1,2026-01-01 10:00:00,c1,A,Apple,Fruit,2,1.00,0.40
            1,2026-01-01 10:00:00,c1,B,Bread,Bakery,1,2.50,
            2,2026-01-03 10:00:00,c1,A,Apple,Fruit,3,1.20,0.40
            3,2026-01-04 11:00:00,c1,A,Apple,Fruit,-1,1.20,0.40
            4,2026-01-05 09:00:00,c2,B,Bread,Bakery,4,2.00,
            """));
    }

    [Fact]
    public async Task The_overviews_daily_totals_read_the_few_non_merchandise_products_by_key_and_never_scan_the_daily_sales()
    {
        await using var connection = await Shop.Database.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + ShopOverview.DailyTotalsSql;
        var plan = new List<string>();
        await using (var r = await cmd.ExecuteReaderAsync()) while (await r.ReadAsync()) plan.Add(r.GetString(3));

        Assert.Contains(plan, step => step.StartsWith("SEARCH d USING PRIMARY KEY (ProductId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN d", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customers_history_counts_orders_and_net_units_per_product_most_recent_first()
    {
        var history = await new ShopOverview(Shop.Database).CustomerHistoryAsync("c1", CancellationToken.None);
        Assert.Equal(
        [
            new CustomerPurchase("A", "Apple", 3, 4, new DateOnly(2026, 1, 4)),
            new CustomerPurchase("B", "Bread", 1, 1, new DateOnly(2026, 1, 1)),
        ], history);
        Assert.Empty(await new ShopOverview(Shop.Database).CustomerHistoryAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task Units_since_a_day_sum_sales_per_product_without_returns()
    {
        var units = await new ShopOverview(Shop.Database).UnitsSinceAsync(new DateOnly(2026, 1, 3), CancellationToken.None);
        Assert.Equal(3, units["A"]);
        Assert.Equal(4, units["B"]);
    }

    [Fact]
    public async Task A_product_page_is_searched_sorted_and_paged_in_sql()
    {
        var overview = new ShopOverview(Shop.Database);

        var (all, matches) = await overview.ProductPageAsync("", null, false, 0, 10, CancellationToken.None);
        Assert.Equal(2, matches);
        Assert.Equal(["B", "A"], all.Select(p => p.ProductId));   // no classes yet: all-time revenue decides (B 10.50 > A 4.40)

        var (bread, found) = await overview.ProductPageAsync("BAKER", null, false, 0, 10, CancellationToken.None);
        Assert.Equal(1, found);
        Assert.Equal("B", Assert.Single(bread).ProductId);

        var (byName, _) = await overview.ProductPageAsync("", "name", false, 0, 10, CancellationToken.None);
        Assert.Equal(["Apple", "Bread"], byName.Select(p => p.Name));
        var (second, total) = await overview.ProductPageAsync("", "name", true, 1, 1, CancellationToken.None);
        Assert.Equal(2, total);
        Assert.Equal("Apple", Assert.Single(second).Name);
        var (unknown, _) = await overview.ProductPageAsync("", "Units; DROP TABLE Products", true, 0, 10, CancellationToken.None);
        Assert.Equal(2, unknown.Count);   // an unknown sort column falls back to the default order
    }
}
