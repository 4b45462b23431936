using Bunit;
using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Forecast;

namespace MerchantInsights.Web.Tests.Forecast;

/// <summary>A product sold in lumps gets a typical-day forecast of 0; the page says why, instead of leaving "about 0 units" unexplained.</summary>
public sealed class TypicalDayTests : WebPageTests
{
    private static DemandForecast Forecast(double day, double upper) => new("P1", new DateOnly(2026, 1, 1), Enumerable.Repeat(day, 28).ToArray(),
        new double[28], Enumerable.Repeat(upper, 28).ToArray(), new double[28], Enumerable.Repeat(2 * upper, 28).ToArray(), "median",
        new Dictionary<string, string>(), [], new ForecastAccuracy(1.2, 1.5, 0.8, 0.95, 6, 168));

    [Theory]
    [InlineData(0, 51, true)]  // sold 51 in lumps, typical day 0
    [InlineData(1.5, 40, false)] // a steady seller: 42 forecast against 40
    [InlineData(0, 3, false)]   // hardly sold: nothing to explain
    [InlineData(250, 14373, false)] // a seasonal dip (7,000 after 14,373), not a typical day of 0
    public void A_lumpy_sellers_low_sum_without_a_model_total_is_explained(double day, double lastUnits, bool explained)
    {
        var row = new PortfolioRow("P1", "Mug", "Kitchen", day * 28, 0, 14, lastUnits, 1.2, 1.5, "median");
        var view = Render<ForecastProductView>(p => p.Add(v => v.Product, row).Add(v => v.Forecast, Forecast(day, 0.5)));

        var why = view.FindAll("[data-testid=forecast-typical-day]");
        Assert.Equal(explained, why.Count == 1);
        if (explained)
            Assert.Contains($"the last 28 days: 51 units", why[0].TextContent);
    }

    [Fact]
    public void A_lumpy_seller_shows_the_models_expected_total_and_says_the_line_is_a_typical_day()
    {
        var forecast = Forecast(0, 0.5) with { ExpectedUnits = 44.8 };
        var row = ForecastPortfolio.Build([forecast], new Dictionary<string, Data.Sales.ProductTotal>(),
            new Dictionary<string, double> { ["P1"] = 51 })[0];
        var view = Render<ForecastProductView>(p => p.Add(v => v.Product, row).Add(v => v.Forecast, forecast));

        Assert.Equal(44.8, row.NextUnits);
        Assert.Contains("Next 28 days: about 45 units", view.Markup);
        Assert.Contains("expects about 45 units over the 28 days in total", view.Find("[data-testid=forecast-typical-day]").TextContent);
    }
}
