using Microsoft.Playwright;

namespace MerchantInsights.E2E.Pages;

/// <summary>The upload page as a user sees it: choose a file, check the mapping, import, read the outcome.</summary>
public sealed class UploadPageObject(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/upload");
        await page.Locator("input[data-testid=file-upload]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await WaitForCircuitAsync(page);
        await page.Locator("[data-testid=upload-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public async Task ChooseFileAsync(string path)
    {
        await page.Locator("input[data-testid=file-upload]").SetInputFilesAsync(path);
    }

    public ILocator PreviewTable => page.Locator("[data-testid=preview-table]");
    public ILocator Error => page.Locator("[data-testid=upload-error]");
    public ILocator Result => page.Locator("[data-testid=import-result]");
    public ILocator RowsImported => page.Locator("[data-testid=rows-imported]");

    public Task StartImportAsync() => page.Locator("[data-testid=start-import]").ClickAsync();

    public ILocator DetectedPreset => page.Locator("[data-testid=detected-preset]");
    public ILocator TooManyRejected => page.Locator("[data-testid=too-many-rejected]");
    public ILocator RejectedRows => page.Locator("[data-testid=rejected-rows]");
    public ILocator ImportValidRowsButton => page.Locator("[data-testid=import-valid-rows]");

    /// <summary>Interactive Blazor only reacts once its circuit is up; the layout marks that moment.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
