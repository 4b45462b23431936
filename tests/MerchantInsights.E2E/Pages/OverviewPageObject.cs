using Microsoft.Playwright;

namespace MerchantInsights.E2E.Pages;

public sealed class OverviewPageObject(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/");
        await UploadPageObject.WaitForCircuitAsync(page);
    }

    public ILocator Kpi(string name) => page.Locator($"[data-testid=kpi-{name}]");

    /// <summary>The plotted points/lines of a chart: plotly draws one svg group per trace with path data.</summary>
    public ILocator ChartTraces(string testId) => page.Locator($"[data-testid={testId}] .js-plotly-plot .main-svg .trace");

    public ILocator LoadDemoButton => page.Locator("[data-testid=load-demo]");
    public ILocator EmptyState => page.Locator("[data-testid=empty-state]");
}
