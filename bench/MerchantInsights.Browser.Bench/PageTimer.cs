using Microsoft.Playwright;

namespace MerchantInsights.Browser.Bench;

/// <summary>
/// Time from the start of navigation to the first drawn chart — the still drawing the server puts in the first paint
/// (<c>svg.chart-preview</c>) or plotly's, whichever comes first — and to the interactive (plotly) chart, measured
/// inside the page by a mutation observer, so the figures do not include Playwright's polling. Pages without a chart are
/// timed to their first table row.
/// </summary>
internal sealed class PageTimer(IBrowserContext context, string baseUrl)
{
    public const string ObserverScript = """
        (() => {
          const check = () => {
            if (!window.__firstChart && document.querySelector('.js-plotly-plot .main-svg, svg.chart-preview')) window.__firstChart = performance.now();
            if (!window.__liveChart && document.querySelector('.js-plotly-plot .main-svg')) window.__liveChart = performance.now();
            if (!window.__firstTable && document.querySelector('.mud-table-body tr, .mud-table-root tbody tr')) window.__firstTable = performance.now();
            // A page with nothing to chart or list says so in an alert (e.g. no pairs bought together): live content too.
            if (!window.__firstNotice && document.querySelector('[data-testid=interactive]') && document.querySelector('.mud-alert'))
              window.__firstNotice = performance.now();
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true });
        })();
        """;

    private readonly HashSet<string> _withoutChart = [];

    /// <summary>
    /// Milliseconds to the first chart (or table row, or the live page's notice that it has neither), which it was, and
    /// milliseconds to the interactive chart (NaN without one).
    /// </summary>
    public async Task<(double Ms, string Seen, double LiveMs)> VisitAsync(string path)
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
                    var first = await page.EvaluateAsync<double>("() => window.__firstChart");
                    await page.WaitForFunctionAsync("() => window.__liveChart", null, new() { Timeout = chartWait });
                    return (first, "chart", await page.EvaluateAsync<double>("() => window.__liveChart"));
                }
                catch (TimeoutException) { _withoutChart.Add(path); }
            }
            await page.WaitForFunctionAsync("() => window.__firstTable || window.__firstNotice", null, new() { Timeout = 20_000 });
            return await page.EvaluateAsync<double?>("() => window.__firstTable") is { } table
                ? (table, "table (no chart)", double.NaN)
                : (await page.EvaluateAsync<double>("() => window.__firstNotice"), "notice (no chart or table)", double.NaN);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
