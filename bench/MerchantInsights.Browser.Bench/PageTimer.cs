using Microsoft.Playwright;

namespace MerchantInsights.Browser.Bench;

/// <summary>
/// Time from the start of navigation to the first drawn chart (a Plotly SVG), measured inside the page by a mutation
/// observer, so the figure does not include Playwright's polling. Pages without a chart are timed to their first table row.
/// </summary>
internal sealed class PageTimer(IBrowserContext context, string baseUrl)
{
    public const string ObserverScript = """
        (() => {
          const check = () => {
            if (!window.__firstChart && document.querySelector('.js-plotly-plot .main-svg')) window.__firstChart = performance.now();
            if (!window.__firstTable && document.querySelector('.mud-table-body tr, .mud-table-root tbody tr')) window.__firstTable = performance.now();
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true });
        })();
        """;

    private readonly HashSet<string> _withoutChart = [];

    /// <summary>Milliseconds to the first chart (or table row), and which of the two it was.</summary>
    public async Task<(double Ms, string Seen)> VisitAsync(string path)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync($"{baseUrl}/{path}");
            var chartWait = _withoutChart.Contains(path) ? 0 : 20_000;
            if (chartWait > 0)
            {
                try
                {
                    await page.WaitForFunctionAsync("() => window.__firstChart", null, new() { Timeout = chartWait });
                    return (await page.EvaluateAsync<double>("() => window.__firstChart"), "chart");
                }
                catch (TimeoutException) { _withoutChart.Add(path); }
            }
            await page.WaitForFunctionAsync("() => window.__firstTable", null, new() { Timeout = 20_000 });
            return (await page.EvaluateAsync<double>("() => window.__firstTable"), "table (no chart)");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
