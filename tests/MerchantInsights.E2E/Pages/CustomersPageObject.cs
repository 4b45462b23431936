using Microsoft.Playwright;

namespace MerchantInsights.E2E.Pages;

/// <summary>The customers page and a customer's page: segments, a segment's customers, campaign lists.</summary>
public sealed class CustomersPageObject(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/customers");
        await UploadPageObject.WaitForCircuitAsync(page);
    }

    public ILocator Part(string testId) => page.Locator($"[data-testid={testId}]");

    public ILocator Segment(string segment) => page.Locator($"[data-testid=segment-{segment}]");

    public ILocator SegmentCustomerIds => page.Locator("[data-testid=segment-customer-id]");

    public ILocator ChartTraces(string testId) => page.Locator($"[data-testid={testId}] .js-plotly-plot .main-svg .trace");

    public Task OpenTabAsync(string text) => page.GetByRole(AriaRole.Tab, new() { Name = text }).ClickAsync();
}
