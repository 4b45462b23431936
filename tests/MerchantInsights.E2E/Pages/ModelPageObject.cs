using Microsoft.Playwright;

namespace MerchantInsights.E2E.Pages;

/// <summary>The forecast, pricing and recommendations pages: open one, read its parts by test id, pick a product.</summary>
public sealed class ModelPageObject(IPage page, string baseUrl)
{
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(baseUrl + "/" + path);
        await UploadPageObject.WaitForCircuitAsync(page);
    }

    public ILocator Part(string testId) => page.Locator($"[data-testid={testId}]");

    /// <summary>Plotly's drawn traces inside a chart card.</summary>
    public ILocator ChartTraces(string testId) => page.Locator($"[data-testid={testId}] .js-plotly-plot .main-svg .trace");

    /// <summary>Types into a MudAutocomplete and chooses the first suggestion containing the text.</summary>
    public async Task PickAsync(string pickerTestId, string text)
    {
        var input = page.Locator($"[data-testid={pickerTestId}] input, input[data-testid={pickerTestId}]").First;
        await input.ClickAsync();
        await input.FillAsync(text);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = text }).First.ClickAsync();
    }

    public ILocator GridRows(string testId) => page.Locator($"[data-testid={testId}] tbody tr");
}
