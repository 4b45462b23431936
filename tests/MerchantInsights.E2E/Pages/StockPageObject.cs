using Microsoft.Playwright;

namespace MerchantInsights.E2E.Pages;

/// <summary>The Stock page: upload a stock file, read the order list and its words, download the purchase order.</summary>
public sealed class StockPageObject(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/stock");
        await UploadPageObject.WaitForCircuitAsync(page);
        await page.Locator("[data-testid=stock-upload-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>MudFileUpload adds a fresh input after each file (so the same file can be chosen again): the last one is live.</summary>
    public Task UploadAsync(string path) => page.Locator("input[data-testid=stock-file]").Last.SetInputFilesAsync(path);

    public ILocator UploadMessage => page.Locator("[data-testid=stock-upload-message]");
    public ILocator OrderSummary => page.Locator("[data-testid=order-summary]");
    public ILocator OrderRows => page.Locator("[data-testid=order-list] tbody tr");
    public ILocator Words => page.Locator("[data-testid=stock-words]");
    public ILocator ChartTraces => page.Locator("[data-testid=chart-stock] .js-plotly-plot .main-svg .trace");

    /// <summary>Clicks the purchase-order button and returns the downloaded file's lines.</summary>
    public async Task<string[]> DownloadPurchaseOrderAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=download-purchase-order]").ClickAsync());
        Assert.Equal("purchase-order.csv", download.SuggestedFilename);
        return await File.ReadAllLinesAsync(await download.PathAsync());
    }
}
