using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Analytics.Tests.Alerts;

public sealed class OrderLineTests
{
    private static List<PricedLine> Lines(double price = 2.5) =>
        Enumerable.Range(0, 60).Select(t => new PricedLine("P", $"O{t}", AlertShop.Day(t), 2, price + t % 3 * 0.05)).ToList();

    [Fact]
    public void A_line_at_ten_times_the_usual_price_is_an_odd_price_with_both_prices_in_the_reason()
    {
        var lines = Lines();
        lines.Add(new PricedLine("P", "TYPO", AlertShop.Day(30), 1, 25.5));
        var alert = Assert.Single(new AlertShop(0).Scan(lines).Alerts);
        Assert.Equal((AlertKind.OddPrice, "TYPO", 25.5), (alert.Kind, alert.OrderId, alert.Value));
        Assert.Equal(2.55, alert.Expected, 2);
        Assert.Contains("at 25.50 each", alert.Reason);
        Assert.Contains("usual price then was 2.55", alert.Reason);
    }

    [Fact]
    public void The_same_low_price_on_several_orders_is_a_clearance_not_an_odd_price()
    {
        var lines = Lines();
        for (var i = 0; i < 3; i++) lines.Add(new PricedLine("P", $"SALE{i}", AlertShop.Day(30 + i), 1, 0.25));
        Assert.Empty(new AlertShop(0).Scan(lines).Alerts);
    }

    [Fact]
    public void A_one_off_order_from_the_demand_cleaner_is_a_large_order_alert_keyed_by_its_order()
    {
        var oneOff = new OneOffOrder(7, "P", "B1", AlertShop.Day(10), 500, 40, 10, false, "");
        var alert = Assert.Single(AlertScanner.Scan([], [oneOff], [], new AlertOptions()).Alerts);
        Assert.Equal((AlertKind.LargeOrder, 500.0, 10.0, AlertSeverity.High), (alert.Kind, alert.Value, alert.Expected, alert.Severity));
        Assert.Equal("large_order|P|2025-01-16|B1", alert.Key);
        Assert.Contains("one order of 500", alert.Reason);
        Assert.Contains("50×", alert.Reason);
    }

    [Theory]
    [InlineData(AlertKind.Spike, "spike")]
    [InlineData(AlertKind.Drop, "drop")]
    [InlineData(AlertKind.LargeOrder, "large_order")]
    [InlineData(AlertKind.OddPrice, "odd_price")]
    public void Kind_names_in_files_round_trip(AlertKind kind, string name)
    {
        Assert.Equal(name, AlertKinds.Name(kind));
        Assert.Equal(kind, AlertKinds.Parse(name));
    }
}
