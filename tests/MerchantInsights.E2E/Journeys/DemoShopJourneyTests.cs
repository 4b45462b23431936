using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class DemoShopJourneyTests(BrowserFixture browser) : IDisposable
{
    private readonly AppServer _app = new();

    [Fact]
    public async Task An_empty_dashboard_offers_the_demo_shop_which_fills_the_overview_and_starts_training()
    {
        var page = await browser.Browser.NewPageAsync();
        var overview = new OverviewPageObject(page, _app.BaseUrl);
        await overview.OpenAsync();
        await Assertions.Expect(overview.EmptyState).ToContainTextAsync("Upload your sales CSV");

        await overview.LoadDemoButton.ClickAsync();

        await Assertions.Expect(overview.Kpi("products")).ToHaveTextAsync("60", new() { Timeout = 60_000 });
        await Assertions.Expect(overview.ChartTraces("chart-daily-revenue")).ToHaveCountAsync(2);
        await Assertions.Expect(overview.ChartTraces("chart-weekday").Locator("path")).Not.ToHaveCountAsync(0);

        // Training follows the import on its own; the jobs page shows it.
        await page.GotoAsync(_app.BaseUrl + "/jobs");
        var everything = _app.Services.GetRequiredService<ModelFeatures>().TrainingTitle([]);
        Assert.StartsWith("Train forecasts, prices, recommendations, ", everything);
        await Assertions.Expect(page.GetByText(everything)).ToBeVisibleAsync();
    }

    public void Dispose() => _app.Dispose();
}
