using Bunit;
using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Alerts;
using MerchantInsights.Web.Components.Pages.Alerts;

namespace MerchantInsights.Web.Tests.Alerts;

public sealed class AlertsPanelTests : IAsyncLifetime
{
    private readonly WebTestContext _ctx = new();

    public Task InitializeAsync() => _ctx.InitializeAsync();
    public Task DisposeAsync() => _ctx.DisposeAsync();

    private static AlertRow Row(AlertKind kind, string product, int day, bool dismissed = false, string reason = "sold 60 on Tue 3 Mar 2026") =>
        new(new SalesAlert(kind, product, new DateOnly(2026, 3, 1).AddDays(day), new DateOnly(2026, 3, 1).AddDays(day), null, 60, 10, AlertSeverity.High, reason), dismissed);

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
        var panel = _ctx.Bunit.Render<AlertsPanel>(p => p.Add(c => c.Rows, rows).Add(c => c.Newest, 2));

        Assert.Contains("Sales spike: 1", panel.Find("[data-testid=alerts-count-spike]").TextContent);
        Assert.Contains("Sales drop: 1", panel.Find("[data-testid=alerts-count-drop]").TextContent);
        Assert.Contains("Large order: 0", panel.Find("[data-testid=alerts-count-large_order]").TextContent);
        var items = panel.FindAll("[data-testid=alerts-panel-item]");
        Assert.Equal(2, items.Count);
        Assert.Contains("Sold 0 for 6 days; usually 12 a day — is the listing live?", items[0].TextContent);
        Assert.Equal("product?id=P-2", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("alerts", panel.Find("[data-testid=alerts-panel-all]").GetAttribute("href"));
    }

    [Fact]
    public void All_dismissed_says_nothing_is_open()
    {
        var panel = _ctx.Bunit.Render<AlertsPanel>(p => p.Add(c => c.Rows, [Row(AlertKind.Spike, "P-1", 1, dismissed: true)]));
        Assert.Contains("no open alerts", panel.Find("[data-testid=alerts-panel-none]").TextContent);
        Assert.Contains("1 dismissed", panel.Markup);
    }

    [Fact]
    public void Before_any_training_it_says_how_alerts_are_found()
    {
        var panel = _ctx.Bunit.Render<AlertsPanel>(p => p.Add(c => c.Rows, null));
        Assert.Contains("Train now", panel.Find("[data-testid=alerts-panel-empty]").TextContent);
    }
}
