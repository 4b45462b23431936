using MerchantInsights.Data.Training;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Training;

public sealed class TrainingDataTests : ShopTests
{
    [Fact]
    public async Task Each_product_series_runs_from_its_first_sale_to_the_shops_last_day_with_gaps_as_zero_and_cancellations_netted()
    {
        var file = Shop.WriteFile("shop.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost
            1,2026-01-01 10:00:00,c1,A,Apple,Fruit,2,1.00,0.40
            2,2026-01-03 10:00:00,c2,A,Apple,Fruit,3,1.20,0.40
            3,2026-01-03 11:00:00,c2,A,Apple,Fruit,-1,1.20,0.40
            4,2026-01-02 09:00:00,,B,Bread,Bakery,1,2.50,
            5,2026-01-05 09:00:00,c1,B,Bread,Bakery,4,2.00,
            """);
        await Shop.ImportAsync(file);
        var data = new TrainingData(Shop.Database);

        var demand = await data.CleanDemandAsync(CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 1, 5), demand.LastDay);
        var series = demand.ActiveSeries.ToDictionary(s => s.ProductId);
        var apple = series["A"];
        Assert.Equal(new DateOnly(2026, 1, 1), apple.FirstDay);
        Assert.Equal([2, 0, 2, 0, 0], apple.Units); // the same-day -1 of the same customer cancels one of the 3
        Assert.Equal([1.0, null, 1.2, null, null], apple.AveragePrice);
        Assert.Equal(0.40m, apple.UnitCost);
        Assert.Equal("Fruit", apple.Category);
        Assert.Equal(new DateOnly(2026, 1, 5), apple.LastDay);
        Assert.Equal([1, 0, 0, 4], series["B"].Units);
        Assert.Null(series["B"].UnitCost);
        Assert.True(apple.SoldInLast(3));
        Assert.False(apple.SoldInLast(2));

        var lines = demand.Lines;
        Assert.Equal(4, lines.Count);
        Assert.Contains(lines, l => l.OrderId == "2" && l.Quantity == 2 && l.CustomerId == "c2");
        Assert.Contains(lines, l => l.OrderId == "4" && l.CustomerId is null);
        Assert.Equal(lines.OrderBy(l => l.Day).Select(l => l.Day), lines.Select(l => l.Day));
    }

    [Fact]
    public async Task An_empty_shop_has_no_series_and_no_last_day()
    {
        var data = new TrainingData(Shop.Database);
        Assert.Null((await data.CleanDemandAsync(CancellationToken.None)).LastDay);
        Assert.Empty(await data.ProductSeriesAsync(CancellationToken.None));
        Assert.Empty(await data.LinesAsync(CancellationToken.None));
    }
}
