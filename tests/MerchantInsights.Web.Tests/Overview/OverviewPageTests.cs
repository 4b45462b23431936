using Bunit;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Overview;

namespace MerchantInsights.Web.Tests.Overview;

public sealed class OverviewPageTests : WebPageTests
{
    [Fact]
    public void An_empty_shop_offers_the_demo_and_the_upload()
    {
        var page = Render<OverviewPage>();

        page.WaitForAssertion(() => Assert.Contains("No sales yet", page.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("Upload your sales CSV", page.Markup);
        Assert.Contains("Load demo shop", page.Find("[data-testid=load-demo]").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_shop_with_sales_shows_its_kpis_and_three_explained_charts()
    {
        await Shop.ImportAsync(Shop.WriteFile("s.csv", Csv.Canonical(
            "A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,", "A2,2025-03-03,C2,SKU-2,Tea,Food,1,3.50,")));

        var page = Render<OverviewPage>();

        page.WaitForAssertion(() => Assert.Equal("13.50", page.Find("[data-testid=kpi-revenue]").TextContent));
        Assert.Equal("2", page.Find("[data-testid=kpi-orders]").TextContent);
        Assert.Equal("2", page.Find("[data-testid=kpi-customers]").TextContent);
        Assert.Equal("1 Mar 2025 – 3 Mar 2025", page.Find("[data-testid=kpi-date-range]").TextContent);
        var charts = page.FindAll("[data-testid^=chart-]");
        Assert.Equal(3, charts.Count);
        Assert.All(charts, c => Assert.True(c.QuerySelector(".chart-explanation")!.TextContent.Length > 40));
        Assert.Contains("average of the last 7 days", page.Markup);
    }
}
