using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Files;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Web.Components.Pages.Forecast;
using MerchantInsights.Web.Components.Pages.Overview;
using MerchantInsights.Web.Components.Pages.Recommendations;
using Plotly.Blazor.Traces;

namespace MerchantInsights.Web.Tests.Hostile;

/// <summary>Issue 16: names from an upload are shown as text — never as chart markup, never as spreadsheet formulas.</summary>
public sealed class HostileTextTests
{
    private const string LinkName = "<a href=\"https://evil.example\">Mug</a> & <b>tea</b>";

    [Fact]
    public void Product_names_go_into_chart_labels_as_text_not_markup()
    {
        var day = new DateOnly(2025, 3, 1);
        var stats = new SalesStatistics(1, 1, 1, 1, day, day, 10, 1);

        var overview = OverviewModel.Build(stats, [new DayTotal(day, 10, 1)], [new ProductTotal("SKU<1>", "<a href=x>Mug</a> & tea", "Kitchen", 10, 1, day, day, 10)]);
        var lift = RecommendationCharts.Lift([new TogetherPair("A", 1, "B", 3, 0.1, 0.5, 4, 0.01, "test")], _ => LinkName);

        Assert.Equal("&lt;a href=x&gt;Mug&lt;/a&gt; &amp; tea (SKU&lt;1&gt;)", ((Bar)overview.TopProducts[0]).Y.Single());
        Assert.Equal("&lt;a href=\"https://evil.example\"&gt;Mug&lt;/a&gt; &amp; &lt;b&gt;tea&lt;/b&gt;", ((Bar)lift[0]).Y.Single());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"Mug\")", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Mug\"\")\"")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTea", "'\tTea")]
    [InlineData("\rTea", "\"'\rTea\"")]
    [InlineData("-5", "-5")]
    [InlineData("+3.20", "+3.20")]
    [InlineData("Mug = cup", "Mug = cup")]
    public void Text_cells_of_every_export_never_start_a_formula_and_numbers_stay_numbers(string value, string written)
    {
        Assert.Equal(written, CsvText.Field(value));
        Assert.Equal(written, Data.Import.RejectionsCsv.Write([new Data.Import.RejectedRow { RowNumber = 2, Column = "c", Value = value, Reason = "r" }]).Split('\n')[1][4..^2]);
    }

    [Fact]
    public void The_forecast_portfolio_download_neutralises_names()
    {
        var row = new PortfolioRow("=1+1", "@Mug", "-Kitchen", 1, 0, 2, 1, 0.5, 0.9, "ssa");
        Assert.StartsWith("'=1+1,'@Mug,'-Kitchen,1,", ForecastPortfolio.Line(row));
    }
}
