using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

/// <summary>An owner of the trained demo shop uploads a stock file, sees what to order this week and downloads the purchase order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StockJourneyTests(BrowserFixture browser, TrainedDemoShop shop) : IClassFixture<TrainedDemoShop>
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task Upload_stock_then_see_what_to_order_and_download_the_purchase_order()
    {
        var page = await browser.Browser.NewPageAsync(new() { AcceptDownloads = true });
        var stock = new StockPageObject(page, shop.App.BaseUrl);
        await stock.OpenAsync();
        await Assertions.Expect(page.Locator("[data-testid=stock-empty]")).ToContainTextAsync("No stock entered yet");

        // A bad file first: nothing is saved and the message points at the cell.
        var bad = Path.Combine(Path.GetTempPath(), $"bad-stock-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(bad, "product_id,on_hand,lead_time_days,order_multiple,unit_cost\nP-COF-01,lots,7,6,\n");
        await stock.UploadAsync(bad);
        await Assertions.Expect(stock.UploadMessage).ToContainTextAsync("Nothing was saved.");
        await Assertions.Expect(stock.UploadMessage).ToContainTextAsync("row 2, column 'on_hand' (value 'lots'): is not a whole number.");
        await Assertions.Expect(page.Locator("[data-testid=stock-empty]")).ToBeVisibleAsync();

        await stock.UploadAsync(Fixture("demo-stock.csv"));
        await Assertions.Expect(stock.UploadMessage).ToContainTextAsync("Saved the stock of 60 products from demo-stock.csv.");
        await Assertions.Expect(stock.OrderSummary).ToContainTextAsync("products are at or below their reorder point. Ordering them ties up");
        var listed = await stock.OrderRows.CountAsync();
        Assert.InRange(listed, 1, 25);
        await Assertions.Expect(stock.Words).ToContainTextAsync("Reorder point");
        await Assertions.Expect(stock.ChartTraces).Not.ToHaveCountAsync(0);

        var order = await stock.DownloadPurchaseOrderAsync();
        Assert.Equal("product_id,product_name,order_qty,order_multiple,unit_cost,line_cost,stockout_date", order[0]);
        Assert.True(order.Length - 1 >= listed, "the purchase order has every line of the list");
        Assert.All(order.Skip(1).Select(l => l.Split(',')), r => Assert.Equal(0, int.Parse(r[^5]) % int.Parse(r[^4]))); // whole packs (names may hold commas: read from the end)
    }
}
