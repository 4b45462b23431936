using Microsoft.Playwright;

namespace MerchantInsights.E2E.Pages;

/// <summary>The Alerts page and the overview's alerts panel: open, read rows and counts, dismiss, show dismissed, train again.</summary>
public sealed class AlertsPageObject(IPage page, string baseUrl)
{
    public async Task OpenAsync(string path = "alerts")
    {
        await page.GotoAsync(baseUrl + "/" + path);
        await UploadPageObject.WaitForCircuitAsync(page);
    }

    public ILocator Panel => page.Locator("[data-testid=alerts-panel]");
    public ILocator PanelItems => page.Locator("[data-testid=alerts-panel-item]");
    public ILocator Count(string kind) => page.Locator($"[data-testid=alerts-count-{kind}]");
    public ILocator Rows => page.Locator("[data-testid=alerts-table] tbody tr");
    public ILocator Reasons => page.Locator("[data-testid=alert-reason]");
    public ILocator Freshness => page.Locator("[data-testid=model-freshness]");

    public Task DismissFirstAsync() => page.Locator("[data-testid=alert-dismiss]").First.ClickAsync();

    public Task ShowDismissedAsync() =>
        page.Locator("input[data-testid=alerts-show-dismissed], [data-testid=alerts-show-dismissed] input").First.ClickAsync(new() { Force = true });

    public Task TrainAgainAsync() => page.Locator("[data-testid=train-now]").ClickAsync();
}
