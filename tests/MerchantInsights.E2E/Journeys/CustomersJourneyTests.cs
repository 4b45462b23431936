using MerchantInsights.E2E.Pages;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

/// <summary>On the trained demo shop (shared with the other model pages): segments → a segment's customers → one customer → a campaign list.</summary>
public sealed partial class TrainedDemoShopTests
{
    [Fact]
    public async Task An_owner_opens_a_segment_then_a_customer_then_downloads_a_campaign_list()
    {
        var page = await browser.Browser.NewPageAsync();
        var customers = new CustomersPageObject(page, shop.App.BaseUrl);
        await customers.OpenAsync();

        await Assertions.Expect(customers.Part("customers-summary")).ToContainTextAsync("customers with an order");
        await Assertions.Expect(customers.ChartTraces("rf-chart")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(customers.Segment("Champions")).ToContainTextAsync("Champions");

        await customers.Segment("Champions").ClickAsync();
        await Assertions.Expect(customers.SegmentCustomerIds.First).ToBeVisibleAsync();
        var id = (await customers.SegmentCustomerIds.First.InnerTextAsync()).Trim();
        await customers.SegmentCustomerIds.First.Locator("a").ClickAsync();

        await page.WaitForURLAsync($"**/customers/{id}");
        await Assertions.Expect(customers.Part("customer-segment")).ToHaveTextAsync("Champions");
        await Assertions.Expect(customers.Part("customer-value")).ToContainTextAsync("80% range");
        await Assertions.Expect(customers.Part("customer-history").Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(customers.Part("customer-picks").Locator("tbody tr")).Not.ToHaveCountAsync(0);

        await customers.OpenAsync();
        await customers.OpenTabAsync("Campaign lists");
        await Assertions.Expect(customers.Part("download-campaign")).ToHaveAttributeAsync("href", "campaigns/at-risk-high-value.csv?suggestions=3");
        var csv = await page.APIRequest.GetAsync(shop.App.BaseUrl + "/campaigns/at-risk-high-value.csv?suggestions=3");
        Assert.True(csv.Ok);
        Assert.StartsWith("customer_id,segment,predicted_value_90d,rank,product_id,product_name,source", await csv.TextAsync());
    }
}
