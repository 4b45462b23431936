using System.Text;
using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

/// <summary>Journeys through the import's choices: a known shop export is recognised; a file with many bad rows asks first.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportFormatsTests(BrowserFixture browser) : IDisposable
{
    private readonly AppServer _app = new();

    [Fact]
    public async Task A_file_with_many_bad_rows_asks_before_importing_the_valid_ones()
    {
        var upload = await OpenUploadAsync();
        var csv = WriteFile("half-bad.csv", Enumerable.Range(1, 30).Select(i =>
            $"A{i},2025-03-{1 + i % 28:00} 10:00:00,C{i},SKU-{i % 4},Mug {i % 4},Kitchen,{(i % 3 == 0 ? "lots" : "2")},12.50,"));

        await upload.ChooseFileAsync(csv);
        await Assertions.Expect(upload.PreviewTable).ToContainTextAsync("Mug 1", new() { Timeout = 30_000 });
        await upload.StartImportAsync();

        await Assertions.Expect(upload.TooManyRejected).ToContainTextAsync("10 of 30 rows (33.3%) could not be read, so nothing was imported yet.", new() { Timeout = 60_000 });
        await Assertions.Expect(upload.RejectedRows.Locator("tbody tr").First).ToContainTextAsync("4quantitylots");
        await Assertions.Expect(upload.ImportValidRowsButton).ToHaveTextAsync("Import the 20 valid rows");
        await upload.ImportValidRowsButton.ClickAsync();

        await Assertions.Expect(upload.Result).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(upload.RowsImported).ToHaveTextAsync("20");
        await Assertions.Expect(upload.Result).ToContainTextAsync("10 rows were refused");
    }

    [Fact]
    public async Task A_shopify_export_is_recognised_and_imported()
    {
        var upload = await OpenUploadAsync();

        await upload.ChooseFileAsync(Sample("shopify-orders.csv"));

        await Assertions.Expect(upload.DetectedPreset).ToHaveTextAsync("Detected: Shopify orders export", new() { Timeout = 30_000 });
        await Assertions.Expect(upload.PreviewTable).ToContainTextAsync("Enamel mug - Blue");
        await upload.StartImportAsync();
        await Assertions.Expect(upload.Result).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(upload.Result).ToContainTextAsync("shopify-orders.csv");
    }

    private async Task<UploadPageObject> OpenUploadAsync()
    {
        var page = await browser.Browser.NewPageAsync();
        var upload = new UploadPageObject(page, _app.BaseUrl);
        await upload.OpenAsync();
        return upload;
    }

    private string WriteFile(string name, IEnumerable<string> rows)
    {
        Directory.CreateDirectory(_app.DataFolder);
        var path = Path.Combine(_app.DataFolder, name);
        File.WriteAllText(path, "order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost\n" + string.Join("\n", rows) + "\n", Encoding.UTF8);
        return path;
    }

    /// <summary>The shop-export samples shipped in wwwroot-assets/samples/ at the repository root.</summary>
    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "wwwroot-assets", "samples", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("Sample not found above the test folder", name);
    }

    public void Dispose() => _app.Dispose();
}
