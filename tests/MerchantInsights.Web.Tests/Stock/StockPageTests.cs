using System.Text;
using Bunit;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Stock;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Stock;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Tests.Stock;

public sealed class StockPageTests : WebPageTests
{
    /// <summary>MUG sells exactly 2 a day for 70 days: its forecast is 2 a day, and 10 days of lead time need 28 (Poisson(20) at 95%).</summary>
    private async Task TrainSteadyShopAsync()
    {
        var rows = Enumerable.Range(0, 70).Select(d => $"O{d},{new DateOnly(2026, 1, 1).AddDays(d):yyyy-MM-dd} 10:00:00,C{d % 9},MUG,Enamel mug,Kitchen,2,12.50,4.00").ToArray();
        await ImportAndTrainAsync("forecast", rows);
    }

    [Fact]
    public async Task Before_training_the_page_says_to_train_and_still_lists_the_products_to_enter_stock()
    {
        await Shop.ImportRowsAsync("O1,2026-01-01 10:00:00,C1,MUG,Enamel mug,Kitchen,2,12.50,4.00");
        var page = Render<StockPage>();
        page.WaitForAssertion(() => Assert.Contains("No forecasts yet", page.Find("[data-testid=stock-untrained]").TextContent));
        page.WaitForAssertion(() => Assert.Contains("Enamel mug", page.Find("[data-testid=stock-table]").TextContent));
        Assert.Contains("not entered", page.Find("[data-testid=stock-table]").TextContent);
    }

    [Fact]
    public async Task With_stock_entered_the_order_list_chart_and_words_explain_the_order()
    {
        await TrainSteadyShopAsync();
        await Get<StockSettings>().SaveAsync([new StockPosition("MUG", 10, 10, 6, 4.00m)], CancellationToken.None);

        var page = Render<StockPage>();

        page.WaitForAssertion(() => Assert.Contains("1 of 1 products are at or below their reorder point. Ordering them ties up 72.00 in stock.",
            page.Find("[data-testid=order-summary]").TextContent));
        var row = page.Find("[data-testid=order-list] tbody tr").TextContent;
        Assert.Contains("Enamel mug", row);
        Assert.Contains("28", row); // reorder point
        Assert.Contains("18", row); // 10 + 18 = 28, packs of 6
        var words = page.Find("[data-testid=stock-words]").TextContent;
        Assert.Contains("Expected to sell 2 a day, 20 over the 10-day lead time.", words);
        Assert.Contains("10 on hand lasts about 5 days at the expected rate: it runs out around 16 Mar 2026.", words);
        Assert.Contains("Order 18 (packs of 6) to bring stock up to the reorder point; that ties up 72.00 in stock.", words);
        Assert.Contains("Projected stock: Enamel mug", page.Find("[data-testid=chart-stock]").TextContent);
        Assert.Contains("dashed reorder point", page.Find("[data-testid=chart-stock]").TextContent);
    }

    [Fact]
    public async Task A_bad_stock_file_saves_nothing_and_says_where_and_why()
    {
        await TrainSteadyShopAsync();
        var state = Get<StockPageState>();
        var file = new MemoryStream(Encoding.UTF8.GetBytes("product_id,on_hand,lead_time_days,order_multiple,unit_cost\nMUG,12,7,1,\nMUG,3,7,1,\n"));

        Assert.False(await state.UploadAsync(file, "stock.csv", CancellationToken.None));

        Assert.Equal("Nothing was saved. stock.csv, row 3, column 'product_id' (value 'MUG'): this product is already on row 2; give each product one row.", state.UploadMessage);
        Assert.Empty(await Get<StockSettings>().AllAsync(CancellationToken.None));
        Assert.True(await state.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes("product_id,on_hand,lead_time_days,order_multiple,unit_cost\nMUG,12,7,1,\n")), "stock.csv", CancellationToken.None));
        Assert.Equal("Saved the stock of 1 products from stock.csv.", state.UploadMessage);
    }
}
