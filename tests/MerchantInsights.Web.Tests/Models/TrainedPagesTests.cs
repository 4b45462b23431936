using Bunit;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Pricing;
using MerchantInsights.Web.Components.Pages.Recommendations;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Tests.Models;

/// <summary>The pricing and recommendations pages once their models exist (before training: <see cref="ModelPagesTests"/>).</summary>
public sealed class TrainedPagesTests : WebPageTests
{
    [Fact]
    public async Task After_training_the_pricing_page_shows_the_chosen_product_its_what_if_and_the_table()
    {
        // Forty days at 5.00 or 4.00: the mug sells more on the cheaper days.
        await ImportAndTrainAsync(PricingFeature.Descriptor.Name, Enumerable.Range(0, 40).Select(d =>
            $"O{d},2026-01-01 10:00:00,C1,MUG,Enamel mug,Kitchen,{(d % 2 == 0 ? 2 : 4)},{(d % 2 == 0 ? "5.00" : "4.00")},2.00"
                .Replace("2026-01-01", new DateOnly(2026, 1, 1).AddDays(d).ToString("yyyy-MM-dd"))).ToArray());

        var page = Render<PricingPage>();

        page.WaitForAssertion(() => Assert.Contains("1 products analysed", page.Find("[data-testid=pricing-summary]").TextContent));
        Assert.StartsWith("Enamel mug: ", page.Find("[data-testid=pricing-verdict] h6").TextContent);
        Assert.Contains("At ", page.Find("[data-testid=pricing-whatif]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=pricing-forecast]")); // no forecast trained: no forecast at the price
        Assert.Contains("Enamel mug", page.Find("[data-testid=pricing-table]").TextContent);
        page.WaitForAssertion(() => Assert.Contains("Price suggestions trained", page.Find("[data-testid=model-freshness]").TextContent));
        Assert.Equal("exports/prices.csv", page.Find("[data-testid=download-prices]").GetAttribute("href"));
    }

    [Fact]
    public async Task With_a_forecast_the_what_if_gives_the_next_28_days_at_the_chosen_price()
    {
        // Ninety days at 5.00 or 4.00, two or four mugs: enough history for both a forecast and a price response.
        await Shop.ImportRowsAsync(Enumerable.Range(0, 90).Select(d =>
            $"O{d},{new DateOnly(2026, 1, 1).AddDays(d):yyyy-MM-dd} 10:00:00,C1,MUG,Enamel mug,Kitchen,"
            + $"{(d % 2 == 0 ? 2 : 4)},{(d % 2 == 0 ? "5.00" : "4.00")},2.00"));
        await Services.TrainAsync(ForecastFeature.Descriptor.Name, PricingFeature.Descriptor.Name);

        var page = Render<PricingPage>();

        page.WaitForAssertion(() => Assert.Contains("Next 28 days at ", page.Find("[data-testid=pricing-forecast]").TextContent));
        var text = page.Find("[data-testid=pricing-forecast]").TextContent;
        var units = double.Parse(System.Text.RegularExpressions.Regex.Match(text, @"about ([\d,]+) units").Groups[1].Value.Replace(",", ""),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(units, 28, 28 * 6); // about three mugs a day, moved to the suggested price
    }

    [Fact]
    public async Task After_training_the_recommendations_page_says_which_method_was_chosen_and_how_it_scored()
    {
        // Twelve customers over four months. Every sixth order is a mug with tea; other two-item orders pair neighbours
        // of a ring of five home goods (so each has two partners, none a steady one), the rest hold one thing. The mug
        // earns the most, so the page opens on it.
        string[] home = ["CANDLE,Soy candle", "SOAP,Olive soap", "TOWEL,Tea towel", "VASE,Glass vase", "PLATE,Stone plate"];
        var rows = Enumerable.Range(0, 120).SelectMany(d =>
        {
            var (day, customer) = (new DateOnly(2026, 1, 1).AddDays(d).ToString("yyyy-MM-dd"), $"C{d % 12}");
            string Line(string product, string price) => $"O{d},{day} 10:00:00,{customer},{product},Home,1,{price},1.00";
            return (d % 6) switch
            {
                0 => new[] { Line("MUG,Enamel mug", "50.00"), Line("TEA,Green tea", "4.00") },
                3 => [Line(home[d / 6 % 5], "8.00"), Line(home[(d / 6 + 1) % 5], "8.00")],
                _ => [Line(home[d % 5], "8.00")],
            };
        }).ToArray();
        await ImportAndTrainAsync(RecommendationsFeature.Descriptor.Name, rows);

        var page = Render<RecommendationsPage>();

        page.WaitForAssertion(() => Assert.Contains("Recommendations trained", page.Find("[data-testid=model-freshness]").TextContent));
        page.FindAll(".mud-tab").First(t => t.TextContent.Contains("How good are the picks?", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("Chosen for your shop", page.Find("[data-testid=recommendations-chosen]").TextContent));
        page.Find("[data-testid=chart-evaluation]");
    }
}
