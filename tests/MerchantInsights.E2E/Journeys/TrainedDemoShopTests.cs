using System.Diagnostics;
using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using MerchantInsights.Data.Pricing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

[Collection(BrowserCollection.Name)]
public sealed partial class TrainedDemoShopTests(BrowserFixture browser, TrainedDemoShop shop) : IClassFixture<TrainedDemoShop>
{
    [Fact]
    public async Task The_forecast_page_shows_a_fan_chart_with_its_method_accuracy_and_the_portfolio()
    {
        var page = await browser.Browser.NewPageAsync();
        var forecast = new ModelPageObject(page, shop.App.BaseUrl);
        await forecast.OpenAsync("forecast");

        await Assertions.Expect(forecast.Part("forecast-summary")).ToContainTextAsync("products forecast for the 28 days after 31 Oct 2026");
        await Assertions.Expect(forecast.ChartTraces("chart-forecast")).ToHaveCountAsync(6); // 2 × 95%, 2 × 80%, history, forecast
        await Assertions.Expect(forecast.Part("forecast-method")).ToContainTextAsync("How this forecast was made");
        await Assertions.Expect(forecast.Part("forecast-method")).ToContainTextAsync("Chosen because");
        await Assertions.Expect(forecast.Part("forecast-accuracy")).ToContainTextAsync("repeating last week");
        await Assertions.Expect(forecast.Part("forecast-accuracy")).ToContainTextAsync("inside the 80% band");
        await Assertions.Expect(forecast.GridRows("forecast-portfolio")).ToHaveCountAsync(25); // first page of 58 active products (the gift card is not merchandise)

        await forecast.PickAsync("forecast-product-picker", "Gooseneck kettle");
        await Assertions.Expect(page.Locator("[data-testid=chart-forecast] h6")).ToContainTextAsync("Gooseneck kettle");
        // The chart's title can change before the address does: wait for the address too.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("forecast\\?id=P-BRE-04"));

        await forecast.Part("decomposition-panel").ClickAsync();
        await Assertions.Expect(forecast.ChartTraces("chart-decomposition")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task Moving_the_price_slider_updates_units_revenue_and_profit_at_once()
    {
        var page = await browser.Browser.NewPageAsync();
        var pricing = new ModelPageObject(page, shop.App.BaseUrl);
        await pricing.OpenAsync("pricing?id=P-COF-01");

        await Assertions.Expect(pricing.Part("pricing-verdict")).ToContainTextAsync("Price elasticity");
        await Assertions.Expect(pricing.Part("pricing-verdict")).ToContainTextAsync("fewer units");
        // Each day is read against the shop's traffic and the product's category's own season (the demo shop's categories
        // have ten products each).
        await Assertions.Expect(pricing.Part("pricing-verdict")).ToContainTextAsync("category's own season");
        await Assertions.Expect(pricing.Part("pricing-why")).ToContainTextAsync("Suggestion:");
        await Assertions.Expect(pricing.Part("pricing-basis")).ToContainTextAsync("This response");
        await Assertions.Expect(pricing.ChartTraces("chart-pricing-units")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(pricing.ChartTraces("chart-pricing-money")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(pricing.Part("pricing-forecast")).ToContainTextAsync("Next 28 days at ");
        var before = await pricing.Part("pricing-whatif").InnerTextAsync();
        var forecastBefore = await pricing.Part("pricing-forecast").InnerTextAsync();

        var slider = page.Locator("input[data-testid=price-slider], [data-testid=price-slider] input").First;
        await slider.FocusAsync();
        var clock = Stopwatch.StartNew();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(pricing.Part("pricing-whatif")).Not.ToHaveTextAsync(before);
        var elapsed = clock.Elapsed;
        Console.WriteLine($"price slider → what-if text updated in {elapsed.TotalMilliseconds:0} ms (includes Playwright's polling)");
        // A step only evaluates the stored curve (milliseconds of server work). The bound, under the 5 s the expectation
        // above would wait, is loose because the run shares two cores; bench/browser-bench.sh measures the real time.
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"the what-if took {elapsed.TotalMilliseconds:0} ms to follow the slider");
        await Assertions.Expect(pricing.Part("pricing-whatif")).ToContainTextAsync("units a day");
        await Assertions.Expect(pricing.Part("pricing-whatif")).ToContainTextAsync("at the demand of your last 4 weeks");
        await Assertions.Expect(pricing.Part("pricing-forecast")).Not.ToHaveTextAsync(forecastBefore); // the 28 days follow the price
        await Assertions.Expect(pricing.GridRows("pricing-table")).ToHaveCountAsync(25);
    }

    [Fact]
    public async Task An_owner_enters_a_missing_unit_cost_and_the_prices_are_recalculated_with_it()
    {
        var page = await browser.Browser.NewPageAsync();
        var pricing = new ModelPageObject(page, shop.App.BaseUrl);
        await pricing.OpenAsync("pricing?id=P-COF-06"); // the demo shop has no cost for this product
        await Assertions.Expect(page.GetByText("assumed from a typical margin").First).ToBeVisibleAsync();

        var cost = page.Locator("input[data-testid=cost-slider], [data-testid=cost-slider] input").First;
        await cost.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await pricing.Part("save-cost").ClickAsync();

        // Pricing re-trains in the background; when it is done the page reloads with the entered cost, no longer assumed.
        await Assertions.Expect(page.GetByText("assumed from a typical margin")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        var saved = (await shop.App.Services.GetRequiredService<CostSettings>().AllAsync(CancellationToken.None))["P-COF-06"];
        await Assertions.Expect(page.Locator("h6, p, span", new() { HasText = "Unit cost:" }).Last).ToContainTextAsync($"Unit cost: {saved:0.00}");
    }

    [Fact]
    public async Task The_price_table_downloads_as_the_cli_csv()
    {
        var page = await browser.Browser.NewPageAsync();
        var response = await page.APIRequest.GetAsync(shop.App.BaseUrl + "/exports/prices.csv");
        var lines = (await response.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("product_id,current_price,unit_cost,elasticity,elasticity_low,elasticity_high,suggested_price,expected_units,expected_profit,verdict", lines[0]);
        Assert.Equal(59, lines.Length); // 58 merchandise products sold in the last 90 days + header
    }

    [Fact]
    public async Task Recommendations_show_planted_partners_with_evidence_and_a_customers_picks_with_reasons()
    {
        var page = await browser.Browser.NewPageAsync();
        var recs = new ModelPageObject(page, shop.App.BaseUrl);
        await recs.OpenAsync("recommendations");

        await recs.PickAsync("together-product-picker", "Pour-over dripper");
        await Assertions.Expect(recs.Part("together-list")).ToContainTextAsync("Paper filters (100)");
        await Assertions.Expect(recs.Part("together-list")).ToContainTextAsync("more often than chance");
        await Assertions.Expect(recs.ChartTraces("chart-together")).Not.ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Picks for a customer" }).ClickAsync();
        await Assertions.Expect(recs.GridRows("customer-history")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(recs.GridRows("customer-picks")).ToHaveCountAsync(10);
        await Assertions.Expect(recs.Part("customer-picks")).ToContainTextAsync("you buy this regularly");

        await page.GetByRole(AriaRole.Tab, new() { Name = "How good are the picks?" }).ClickAsync();
        await Assertions.Expect(recs.Part("recommendations-chosen")).ToContainTextAsync("Chosen for your shop");
        await Assertions.Expect(recs.ChartTraces("chart-evaluation")).ToHaveCountAsync(2);
    }
}
