using Bunit;
using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Alerts;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Alerts;

namespace MerchantInsights.Web.Tests.Alerts;

public sealed class AlertsPanelTests : WebPageTests
{
    private static AlertRow Row(AlertKind kind, string product, int day, bool dismissed = false, string reason = "sold 60 on Tue 3 Mar 2026") =>
        new(new SalesAlert(kind, product, new DateOnly(2026, 3, 1).AddDays(day), new DateOnly(2026, 3, 1).AddDays(day), null, 60, 10, AlertSeverity.High, reason), dismissed,
            $"Product {product[2..]}");

    [Fact]
    public void Counts_open_alerts_by_kind_and_lists_the_newest_with_reasons_and_product_links()
    {
        AlertRow[] rows =
        [
            Row(AlertKind.Drop, "P-2", 9, reason: "sold 0 for 6 days; usually 12 a day — is the listing live?"),
            Row(AlertKind.Spike, "P-1", 8),
            Row(AlertKind.Spike, "P-3", 7, dismissed: true),
            Row(AlertKind.OddPrice, "P-4", 6),
        ];
        var panel = Render<AlertsPanel>(p => p.Add(c => c.Rows, rows).Add(c => c.Newest, 2));

        Assert.Contains("Sales spike: 1", panel.Find("[data-testid=alerts-count-spike]").TextContent);
        Assert.Contains("Sales drop: 1", panel.Find("[data-testid=alerts-count-drop]").TextContent);
        Assert.Contains("Large order: 0", panel.Find("[data-testid=alerts-count-large_order]").TextContent);
        var items = panel.FindAll("[data-testid=alerts-panel-item]");
        Assert.Equal(2, items.Count);
        Assert.Contains("Sold 0 for 6 days; usually 12 a day — is the listing live?", items[0].TextContent);
        Assert.Equal("product?id=P-2", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Product 2", items[0].QuerySelector("a")!.TextContent);
        Assert.Equal("alerts", panel.Find("[data-testid=alerts-panel-all]").GetAttribute("href"));
    }

    [Fact]
    public void Counts_only_the_last_four_weeks_and_says_how_many_older_alerts_there_are()
    {
        AlertRow[] rows = [Row(AlertKind.Spike, "P-1", 40), Row(AlertKind.Spike, "P-2", 13), Row(AlertKind.Spike, "P-3", 12), Row(AlertKind.Drop, "P-4", 0)];
        var panel = Render<AlertsPanel>(p => p.Add(c => c.Rows, rows));

        Assert.Contains("Sales spike: 2", panel.Find("[data-testid=alerts-count-spike]").TextContent); // days 40 and 13: the 28 days 13–40; day 12 is outside
        Assert.Contains("Sales drop: 0", panel.Find("[data-testid=alerts-count-drop]").TextContent);
        Assert.Contains("2 older ones are on the Alerts page", panel.Find("[data-testid=alerts-panel-recent]").TextContent);
    }

    [Fact]
    public void All_dismissed_says_nothing_is_open()
    {
        var panel = Render<AlertsPanel>(p => p.Add(c => c.Rows, [Row(AlertKind.Spike, "P-1", 1, dismissed: true)]));
        Assert.Contains("no open alerts", panel.Find("[data-testid=alerts-panel-none]").TextContent);
        Assert.Contains("1 dismissed", panel.Markup);
    }

    [Fact]
    public void Before_any_training_it_says_how_alerts_are_found()
    {
        var panel = Render<AlertsPanel>(p => p.Add(c => c.Rows, null));
        Assert.Contains("Train now", panel.Find("[data-testid=alerts-panel-empty]").TextContent);
    }
}
