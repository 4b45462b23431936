using Microsoft.Playwright;

namespace MerchantInsights.Browser.Bench;

/// <summary>
/// Pricing slider step → what-if figures updated: from the key press (a capturing keydown listener) to the first change
/// of the what-if text (a mutation observer), both timed inside the page.
/// </summary>
internal static class SliderTimer
{
    private const string Arm = """
        () => {
          const target = document.querySelector('[data-testid=pricing-whatif]');
          const before = target.innerText;
          document.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, { capture: true, once: true });
          window.__sliderDone = new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (target.innerText !== before) { observer.disconnect(); resolve(performance.now() - window.__keyAt); }
            });
            observer.observe(target, { subtree: true, childList: true, characterData: true });
          });
        }
        """;

    public static async Task<List<double>> StepsAsync(IBrowserContext context, string baseUrl, int steps)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync($"{baseUrl}/pricing");
            // The prerendered slider is visible before the circuit is live; a key pressed then changes nothing.
            await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            var slider = page.Locator("input[data-testid=price-slider], [data-testid=price-slider] input").First;
            await slider.WaitForAsync(new() { Timeout = 30_000 });
            await slider.FocusAsync();
            var times = new List<double>();
            for (var i = 0; i < steps; i++)
            {
                await page.EvaluateAsync(Arm);
                await page.Keyboard.PressAsync(i % 2 == 0 ? "ArrowRight" : "ArrowLeft");
                times.Add(await page.EvaluateAsync<double>("() => window.__sliderDone"));
            }
            return times;
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
