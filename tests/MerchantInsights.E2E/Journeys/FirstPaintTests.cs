using MerchantInsights.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

/// <summary>
/// Issue 17: a page's first paint, before any script runs, already draws its charts (a still drawing made on the
/// server), and the live page starts from the state the first paint was made from (not loading it again) and takes
/// over without a "nothing yet" notice or a spinner in between.
/// </summary>
public sealed partial class TrainedDemoShopTests
{
    [Theory]
    [InlineData("", "chart-daily-revenue", "polyline")]
    [InlineData("", "chart-weekday", "rect")]
    [InlineData("forecast", "chart-forecast", "polygon")]
    [InlineData("pricing", "chart-pricing-units", "circle")]
    public async Task The_first_paint_without_scripts_draws_the_chart(string path, string chart, string shape)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{shop.App.BaseUrl}/{path}");

        var preview = page.Locator($"[data-testid={chart}] svg.chart-preview");
        await Assertions.Expect(preview).ToHaveCountAsync(1);
        Assert.True(await preview.Locator(shape).CountAsync() > 0, $"the still drawing of {chart} has no {shape}");
        await Assertions.Expect(page.Locator($"[data-testid={chart}] .js-plotly-plot .main-svg")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("products", "products-table")]
    [InlineData("stock", "stock-table")]
    public async Task The_first_paint_without_scripts_lists_the_first_page_of_a_table_read_page_by_page(string path, string table)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{shop.App.BaseUrl}/{path}");

        await Assertions.Expect(page.Locator($"[data-testid={table}] tbody tr")).ToHaveCountAsync(25);
    }

    [Theory]
    [InlineData("", "chart-daily-revenue", "empty-state")]
    [InlineData("forecast", "chart-forecast", "forecast-empty")]
    [InlineData("customers", "rf-chart", "customers-empty")]
    public async Task The_live_page_replaces_the_still_drawing_with_no_notice_in_between(string path, string chart, string emptyNotice)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.AddInitScriptAsync($$"""
            window.__flashes = 0;
            new MutationObserver(() => {
              if (document.querySelector('[data-testid={{emptyNotice}}], .mud-main-content .mud-progress-circular')) window.__flashes++;
            }).observe(document, { childList: true, subtree: true });
            """);
        var handoff = shop.App.Services.GetRequiredService<PrerenderHandoff>();
        var taken = handoff.Taken;
        await page.GotoAsync($"{shop.App.BaseUrl}/{path}");

        await Assertions.Expect(page.Locator($"[data-testid={chart}] .js-plotly-plot .main-svg").First).ToBeVisibleAsync();
        Assert.True(handoff.Taken > taken, "the live page loaded its state again instead of starting from the prerendered one");
        await Assertions.Expect(page.Locator($"[data-testid={chart}] svg.chart-preview")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__flashes"));
    }
}
