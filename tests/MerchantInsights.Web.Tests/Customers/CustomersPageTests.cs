using Bunit;
using MerchantInsights.Analytics.Customers;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Campaigns;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Customers;
using MerchantInsights.Web.Components.Pages.Overview;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Tests.Customers;

public sealed class CustomersPageTests : WebPageTests
{
    /// <summary>40 customers over half a year: customer i orders every 7·(1 + i mod 5) days from day i, the first ten stop in March.</summary>
    private async Task TrainShopAsync()
    {
        var rows = new List<string>();
        for (var i = 0; i < 40; i++)
            for (var day = i; day < 180; day += 7 * (1 + i % 5))
            {
                if (i < 10 && day > 60) break;
                var date = new DateOnly(2026, 1, 1).AddDays(day);
                rows.Add($"O{i}-{day},{date:yyyy-MM-dd} 10:00:00,C{i:00},MUG{i % 4},Mug {i % 4},Kitchen,{1 + i % 3},{5 + i % 7}.00,2.00");
            }
        await ImportAndTrainAsync("customers", rows);
    }

    private async Task<CustomerSummary> SummaryAsync() =>
        (await Get<ModelStore>().CurrentAsync<CustomerSummary>(ModelKinds.Customers, CancellationToken.None))!.Summary;

    [Fact]
    public void Before_training_the_customers_page_says_what_to_do_and_offers_train_now()
    {
        var page = Render<CustomersPage>();
        page.WaitForAssertion(() => Assert.Contains("No customer segments yet", page.Find("[data-testid=customers-empty]").TextContent));
        Assert.Contains("Train now", page.Find("[data-testid=train-now]").TextContent);
    }

    [Fact]
    public async Task After_training_segments_list_their_sizes_and_a_click_pages_the_segments_customers()
    {
        await TrainShopAsync();
        var summary = await SummaryAsync();
        var largest = summary.Segments.MaxBy(s => s.Customers)!;

        var page = Render<CustomersPage>();
        page.WaitForAssertion(() => Assert.Contains("40 customers with an order", page.Find("[data-testid=customers-summary]").TextContent));
        var row = page.Find($"[data-testid=segment-{largest.Segment}]");
        Assert.Contains(SegmentRules.RuleFor(largest.Segment).Name, row.TextContent);
        Assert.Contains(SegmentRules.RuleFor(largest.Segment).Words, row.TextContent);
        Assert.Contains(largest.Customers.ToString(), row.TextContent);

        await row.ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(Math.Min(25, largest.Customers), page.FindAll("[data-testid=segment-customer-id]").Count));
        Assert.Equal(40, summary.Segments.Sum(s => s.Customers));
    }

    [Fact]
    public async Task A_customer_page_shows_the_segment_the_predicted_value_with_its_range_and_the_history()
    {
        await TrainShopAsync();
        var profile = (await Get<ModelStore>().ItemAsync<CustomerProfile>(
            (await Get<ModelStore>().CurrentAsync<CustomerSummary>(ModelKinds.Customers, CancellationToken.None))!.Id, "C00", CancellationToken.None))!;

        var page = Render<CustomerPage>(p => p.Add(c => c.CustomerId, "C00"));

        page.WaitForAssertion(() => Assert.Equal(SegmentRules.RuleFor(profile.Segment).Name, page.Find("[data-testid=customer-segment]").TextContent));
        Assert.Contains("Predicted spend over the next 90 days", page.Find("[data-testid=customer-value]").TextContent);
        Assert.Contains("80% range", page.Find("[data-testid=customer-value]").TextContent);
        Assert.Contains("Mug 0", page.Find("[data-testid=customer-history]").TextContent);
    }

    [Fact]
    public async Task The_overview_counts_customers_per_segment_after_training()
    {
        await TrainShopAsync();
        var summary = await SummaryAsync();

        var overview = Render<OverviewPage>();

        overview.WaitForAssertion(() => overview.Find("[data-testid=segment-counts]"));
        foreach (var s in summary.Segments.Where(s => s.Customers > 0))
            Assert.Contains($"{SegmentRules.RuleFor(s.Segment).Name}: {s.Customers}", overview.Find($"[data-testid=segment-count-{s.Segment}]").TextContent);
    }

    [Fact]
    public async Task Before_recommendations_are_trained_a_campaign_suggests_best_sellers_the_customer_has_not_bought()
    {
        await TrainShopAsync();
        var models = Get<ModelStore>();
        var version = (await models.CurrentAsync<CustomerSummary>(ModelKinds.Customers, CancellationToken.None))!.Id;
        var segment = (await models.ItemAsync<CustomerProfile>(version, "C00", CancellationToken.None))!.Segment;
        var audience = CampaignAudience.All.Single(a => a.Segments.SequenceEqual([segment]));

        var rows = new List<CampaignRow>();
        await foreach (var row in Get<CampaignLists>().RowsAsync(audience, 3, CancellationToken.None)) rows.Add(row);

        var forC00 = rows.Where(r => r.CustomerId == "C00").ToList();
        Assert.Equal([1, 2, 3], forC00.Select(r => r.Rank));
        Assert.Equal(["MUG1", "MUG2", "MUG3"], forC00.Select(r => r.ProductId).Order());
        Assert.All(rows, r => Assert.Equal(CategoryBestSellersSource, r.Source));
        Assert.All(rows, r => Assert.Equal(SegmentRules.RuleFor(segment).Name, r.Segment));
    }

    private const string CategoryBestSellersSource = "category best-sellers";
}
