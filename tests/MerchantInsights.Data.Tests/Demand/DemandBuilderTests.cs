using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Training;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Demand;

public sealed class DemandBuilderTests : ShopTests
{
    private async Task ImportMessyShopAsync()
    {
        var rows = new List<string> { "order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price" };
        for (var d = 0; d < 60; d++)
        {
            var day = new DateOnly(2026, 1, 1).AddDays(d).ToString("yyyy-MM-dd");
            rows.Add($"O{d},{day} 10:00:00,c{d % 7},MUG,Enamel mug,Kitchen,{1 + d % 3},12.50");
            rows.Add($"O{d},{day} 10:00:00,c{d % 7},POST,POSTAGE,,1,{4 + d % 5}.00");
        }
        rows.Add("BIG,2026-02-20 09:00:00,w1,MUG,Enamel mug,Kitchen,5000,9.00");
        rows.Add("HUGE,2026-02-21 09:00:00,c9,MUG,Enamel mug,Kitchen,80995,2.08");
        rows.Add("CHUGE,2026-02-21 09:05:00,c9,MUG,Enamel mug,Kitchen,-80995,2.08");
        rows.Add("TEST,2026-02-22 09:00:00,owner,MUG,Enamel mug,Kitchen,3,0.00");
        await Shop.ImportAsync(Shop.WriteFile("messy.csv", string.Join("\n", rows) + "\n"));
    }

    [Fact]
    public async Task Cancellations_service_lines_free_lines_and_one_offs_are_cleaned_and_stored()
    {
        await ImportMessyShopAsync();
        var demand = await new TrainingData(Shop.Database).CleanDemandAsync(CancellationToken.None);

        var mug = Assert.Single(demand.ActiveSeries);
        Assert.Equal("MUG", mug.ProductId);
        Assert.Equal(1, mug.OneOffsCapped);
        Assert.Equal(43, mug.Units.Max());   // 3 that day + 5,000 capped at the usual largest order; 80,995 cancelled
        Assert.All(mug.AveragePrice.Where(p => p is not null), p => Assert.True(p >= 9));   // the 0.00 test line never sets a price
        Assert.DoesNotContain(demand.Lines, l => l.ProductId == "POST" || l.OrderId is "HUGE" or "CHUGE" or "TEST");
        Assert.False(demand.Classes["POST"].IsMerchandise);
        Assert.Equal(1, demand.Counts.CancellationsMatched);
        Assert.Equal(1, demand.Counts.FreeLines);

        var queries = new DemandQueries(Shop.Contexts);
        var classes = await queries.ClassesAsync(CancellationToken.None);
        Assert.Contains("shipping", classes["POST"].Reason);
        Assert.True(classes["MUG"].IsMerchandise);
        Assert.True(classes["MUG"].RecentRevenue > 0);
        var oneOff = Assert.Single(await queries.OneOffsAsync("MUG", CancellationToken.None));
        Assert.Equal(5000, oneOff.Quantity);
        Assert.Contains("one order of 5,000 on 20 Feb 2026", oneOff.Reason);
        Assert.Equal(mug.Units.Sum(), (await queries.DaysAsync("MUG", CancellationToken.None)).Sum(d => d.Units));

        // The overview counts postage in revenue, not in units or products.
        var overview = new MerchantInsights.Data.Sales.ShopOverview(Shop.Database);
        var days = await overview.DailyTotalsAsync(CancellationToken.None);
        Assert.Equal(120 + 5000 + 80995 + 3, days.Sum(d => d.Units));   // MUG as ordered: 1+2+3 over 60 days, the two big orders and the 0.00 test line
        Assert.Equal(1, await overview.NotMerchandiseCountAsync(CancellationToken.None));
        var (chargedIn, _) = await overview.NotMerchandiseRevenueAsync(CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 60).Sum(d => 4 + d % 5), (int)chargedIn);
    }

    [Fact]
    public async Task The_owners_decisions_survive_rebuilds()
    {
        await ImportMessyShopAsync();
        var data = new TrainingData(Shop.Database);
        var first = await data.CleanDemandAsync(CancellationToken.None);
        var decisions = new DemandDecisionStore(Shop.Contexts, TimeProvider.System);
        await decisions.SetMerchandiseAsync("POST", true, CancellationToken.None);
        await decisions.SetOneOffIncludedAsync(first.OneOffs.Single().LineKey, true, CancellationToken.None);

        var second = await data.CleanDemandAsync(CancellationToken.None);
        Assert.True(second.Classes["POST"].IsMerchandise);
        Assert.True(second.Classes["POST"].ByOwner);
        Assert.Equal(5003, second.ActiveSeries.Single(s => s.ProductId == "MUG").Units.Max());
        Assert.Contains(second.ActiveSeries, s => s.ProductId == "POST");
    }

    [Fact]
    public async Task Old_dates_do_not_make_huge_series()
    {
        await Shop.ImportAsync(Shop.WriteFile("old.csv", """
            order_id,order_date,customer_id,product_id,quantity,unit_price
            1,1990-01-01 10:00:00,c1,A,1,2.00
            2,2026-01-01 10:00:00,c1,A,1,2.00
            3,2026-01-01 10:00:00,c1,B,1,2.00
            """));
        var demand = await new TrainingData(Shop.Database).CleanDemandAsync(CancellationToken.None);
        Assert.All(demand.ActiveSeries, s => Assert.True(s.Units.Length <= DemandBuilder.MaxHistoryDays));
    }

    [Fact]
    public async Task A_slow_sellers_short_discount_is_read_at_its_own_price_and_a_dear_odd_day_is_outvoted()
    {
        // A sale every fourth day at 5.00; a week-long 20% discount (4.00) catches two of those days; one guest pays 10.00.
        var rows = new List<string> { "order_id,order_date,customer_id,product_id,quantity,unit_price" };
        for (var d = 0; d < 80; d += 4)
        {
            var day = new DateOnly(2026, 3, 1).AddDays(d).ToString("yyyy-MM-dd");
            var price = d is 40 or 44 ? "4.00" : d == 20 ? "10.00" : "5.00";
            rows.Add($"S{d},{day} 10:00:00,c{d % 5},MUG,1,{price}");
        }
        await Shop.ImportAsync(Shop.WriteFile("slow.csv", string.Join("\n", rows) + "\n"));
        var mug = (await new TrainingData(Shop.Database).CleanDemandAsync(CancellationToken.None)).ActiveSeries.Single(s => s.ProductId == "MUG");
        Assert.Equal(4.0, mug.ListPrice![40]);
        Assert.Equal(4.0, mug.ListPrice[44]);
        Assert.Equal(5.0, mug.ListPrice[20]);
        Assert.Equal(5.0, mug.ListPrice[36]);
        Assert.Null(mug.ListPrice[41]);
    }

    [Fact]
    public async Task The_list_price_is_the_price_of_a_typical_small_order_not_the_tier_discount()
    {
        var rows = new List<string> { "order_id,order_date,customer_id,product_id,quantity,unit_price" };
        for (var d = 0; d < 20; d++)
        {
            var day = new DateOnly(2026, 3, 1).AddDays(d).ToString("yyyy-MM-dd");
            rows.Add($"S{d},{day} 10:00:00,c{d % 5},CUP,2,4.00");
            rows.Add($"T{d},{day} 11:00:00,c{d % 5},CUP,1,4.00");
            if (d % 4 == 0) rows.Add($"W{d},{day} 12:00:00,w1,CUP,48,3.00"); // wholesale tier
        }
        await Shop.ImportAsync(Shop.WriteFile("tiers.csv", string.Join("\n", rows) + "\n"));
        var cup = (await new TrainingData(Shop.Database).CleanDemandAsync(CancellationToken.None)).ActiveSeries.Single(s => s.ProductId == "CUP");
        Assert.Equal(4.0, cup.ListPrice![0]);
        Assert.True(cup.AveragePrice[0] < 3.2, "the day's average price carries the tier discount");
        Assert.Equal(4.0, cup.AveragePrice[1]);
        Assert.All(cup.ListPrice, p => Assert.Equal(4.0, p));
    }

    [Fact]
    public async Task Customer_spend_is_the_cleaned_revenue_and_orders_without_demand_still_count()
    {
        await ImportMessyShopAsync();
        var demand = await new TrainingData(Shop.Database).CleanDemandAsync(CancellationToken.None);
        var lines = CustomerDemand.Lines(demand);

        // c0 bought the mug on days 0, 7, …, 56 (quantities 1 + d mod 3) at 12.50; postage is not merchandise: no spend.
        var expected = Enumerable.Range(0, 60).Where(d => d % 7 == 0).Sum(d => (1 + d % 3) * 12.50m);
        Assert.Equal(expected, lines.Where(l => l.CustomerId == "c0").Sum(l => l.Spend));
        // The cancelled 80,995 units leave c9 an order with no spend; the capped one-off counts only its capped units.
        Assert.Equal(0m, lines.Where(l => l.CustomerId == "c9").Sum(l => l.Spend));
        Assert.Contains(lines, l => l.CustomerId == "c9" && l.Quantity > 0);
        Assert.Equal(40 * 9.00m, lines.Where(l => l.CustomerId == "w1").Sum(l => l.Spend));
    }
}
