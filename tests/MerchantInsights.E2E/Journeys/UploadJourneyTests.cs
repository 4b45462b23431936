using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class UploadJourneyTests(BrowserFixture browser) : IDisposable
{
    private readonly AppServer _app = new();

    [Fact]
    public async Task Uploading_a_csv_imports_it_in_the_background_and_charts_it_on_the_overview()
    {
        var page = await browser.Browser.NewPageAsync();
        var upload = new UploadPageObject(page, _app.BaseUrl);
        await upload.OpenAsync();

        await upload.ChooseFileAsync(Fixture.Path("online_retail_slice.csv"));
        await Assertions.Expect(upload.PreviewTable).ToContainTextAsync("WHITE HANGING HEART T-LIGHT HOLDER");
        await upload.StartImportAsync();

        await Assertions.Expect(upload.Result).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(upload.RowsImported).ToHaveTextAsync("1,999");

        var overview = new OverviewPageObject(page, _app.BaseUrl);
        await overview.OpenAsync();
        await Assertions.Expect(overview.Kpi("orders")).ToHaveTextAsync("97");
        var traces = overview.ChartTraces("chart-daily-revenue");
        await Assertions.Expect(traces).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        var path = await page.Locator("[data-testid=chart-daily-revenue] .scatterlayer .trace path.js-line").First.GetAttributeAsync("d");
        Assert.False(string.IsNullOrEmpty(path));
        await Assertions.Expect(overview.ChartTraces("chart-top-products").Locator("path")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_file_that_is_not_a_csv_is_refused_with_a_clear_message()
    {
        var page = await browser.Browser.NewPageAsync();
        var upload = new UploadPageObject(page, _app.BaseUrl);
        await upload.OpenAsync();
        var binary = Path.Combine(_app.DataFolder, "picture.csv");
        Directory.CreateDirectory(_app.DataFolder);
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

        await upload.ChooseFileAsync(binary);

        await Assertions.Expect(upload.Error).ToContainTextAsync("picture.csv: this is not a text (CSV) file");
    }

    public void Dispose() => _app.Dispose();
}
