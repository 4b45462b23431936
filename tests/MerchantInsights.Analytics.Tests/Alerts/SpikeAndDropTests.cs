using MerchantInsights.Analytics.Alerts;

namespace MerchantInsights.Analytics.Tests.Alerts;

public sealed class SpikeAndDropTests
{
    [Fact]
    public void Steady_shop_has_no_alerts()
    {
        Assert.Empty(new AlertShop().Scan().Alerts);
    }

    [Fact]
    public void One_day_of_six_times_the_usual_units_is_a_spike_on_that_day()
    {
        var shop = new AlertShop();
        shop.Units(2)[70] = 60;
        var alert = Assert.Single(shop.Scan().Alerts);
        Assert.Equal((AlertKind.Spike, "P2", AlertShop.Day(70)), (alert.Kind, alert.ProductId, alert.From));
        Assert.Equal(60, alert.Value);
        Assert.InRange(alert.Expected, 8, 12);
        Assert.Contains("sold 60", alert.Reason);
    }

    [Fact]
    public void A_spike_of_a_product_that_sells_on_few_days_is_measured_against_its_usual_selling_day_in_words()
    {
        var shop = new AlertShop();
        var units = shop.Units(2);
        for (var t = 0; t < units.Length; t++) units[t] = t % 4 == 0 ? 20 : 0;
        units[72] = 300;
        var alert = Assert.Single(shop.Scan().Alerts);
        Assert.Equal((AlertKind.Spike, AlertShop.Day(72)), (alert.Kind, alert.From));
        // The median day around it sold nothing: the reason says so instead of "about 0 expected" (the usual selling day is
        // 20 over the shop-wide index of its days, which this product's own busy days lift in a six-product shop).
        Assert.Contains("it sold nothing on most days around it, and a usual selling day is ", alert.Reason);
        Assert.DoesNotContain("about 0 expected", alert.Reason);
    }

    [Fact]
    public void A_spike_on_the_first_day_of_a_price_cut_is_explained_not_flagged()
    {
        var shop = new AlertShop();
        for (var t = 70; t < 75; t++) shop.Price(2)[t] = 7;
        shop.Units(2)[70] = 60;
        var scan = shop.Scan();
        Assert.Empty(scan.Alerts);
        var explained = Assert.Single(scan.Explained, e => e.ProductId == "P2");
        Assert.Equal(AlertShop.Day(70), explained.Day);
        Assert.Contains("30% below the regular price", explained.Reason);
    }

    [Fact]
    public void A_shop_wide_peak_that_lifts_every_product_is_not_a_spike()
    {
        var shop = new AlertShop();
        for (var p = 0; p < shop.Products.Count; p++) shop.Units(p)[70] *= 4;
        var scan = shop.Scan();
        Assert.DoesNotContain(scan.Alerts, a => a.Kind == AlertKind.Spike);
        Assert.Contains(scan.Explained, e => e.Day == AlertShop.Day(70) && e.Reason.Contains("shop-wide peak"));
    }

    [Fact]
    public void Six_days_of_zero_up_to_the_last_day_is_a_high_drop_asking_if_the_listing_is_live()
    {
        var shop = new AlertShop();
        for (var t = AlertShop.Days - 6; t < AlertShop.Days; t++) shop.Units(1)[t] = 0;
        var alert = Assert.Single(shop.Scan().Alerts);
        Assert.Equal((AlertKind.Drop, "P1", AlertSeverity.High), (alert.Kind, alert.ProductId, alert.Severity));
        Assert.Equal((AlertShop.Day(AlertShop.Days - 6), AlertShop.Day(AlertShop.Days - 1)), (alert.From, alert.To));
        Assert.StartsWith("sold 0 for 6 days up to the last day of data", alert.Reason);
        Assert.Matches(@"; usually (9\.[5-9]|10|10\.[0-5]) a day — is the listing live", alert.Reason);
        Assert.InRange(alert.Expected, 55, 65);
    }

    [Fact]
    public void A_single_quiet_day_is_not_a_drop()
    {
        var shop = new AlertShop();
        shop.Units(1)[70] = 0;
        Assert.Empty(shop.Scan().Alerts);
    }

    [Fact]
    public void A_past_week_at_a_tenth_of_the_usual_is_a_drop_covering_that_week()
    {
        var shop = new AlertShop();
        for (var t = 60; t < 67; t++) shop.Units(3)[t] = 1;
        var alert = Assert.Single(shop.Scan().Alerts);
        Assert.Equal((AlertKind.Drop, AlertShop.Day(60), AlertShop.Day(66), 7.0), (alert.Kind, alert.From, alert.To, alert.Value));
        Assert.InRange(alert.Expected, 60, 80);
    }
}
