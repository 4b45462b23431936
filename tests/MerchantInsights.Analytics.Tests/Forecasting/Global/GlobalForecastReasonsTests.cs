using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Analytics.Tests.Forecasting.Global;

/// <summary>The "price back to normal" reason: told for a promotion that ends, never for quantity-tier prices.</summary>
public sealed class GlobalForecastReasonsTests
{
    private static readonly DateOnly First = new(2024, 10, 1);
    private const int Days = 426;

    /// <summary>30 products priced 10 with two-week promotions at 7 now and then; P0's own last days as <paramref name="p0"/> says.</summary>
    private static List<ShopProduct> Shop(Func<int, bool> p0Promotion) =>
        SimulatedShop.Build(30, First, Days, _ => 1, (p, t) => p == 0 ? p0Promotion(t) : (t + 37 * p) % 120 < 14, seed: 5);

    private static GlobalDemandModel Train(List<ShopProduct> shop) => GlobalDemandModel.Train(shop, First.AddDays(Days - 1), new GlobalModelOptions())!;

    [Fact]
    public void A_promotion_that_ends_with_the_history_is_named_at_its_recent_price()
    {
        var shop = Shop(t => t >= Days - 10);
        shop[0] = shop[0] with { ListPrice = shop[0].Price };
        // The recent price is the last 28 days' mean: 10 days at 7 and 18 at 10.
        Assert.InRange(GlobalForecastReasons.PromotionPrice(Train(shop), "P0")!.Value, 8.8, 9.0);
    }

    [Fact]
    public void Quantity_tier_prices_are_not_a_promotion_when_the_list_price_stayed()
    {
        // P0 never had a promotion, but on 40% of its recent days a big order at the tier price 8 pulled the day's average
        // price down; the price of its small orders (the list price) stayed 10.
        var shop = Shop(_ => false);
        var p0 = shop[0];
        var average = p0.Price.Select((p, t) => p is null ? p : t >= Days - 28 && t % 5 < 2 ? 8.0 : p).ToArray();
        shop[0] = p0 with { Price = average };
        Assert.NotNull(GlobalForecastReasons.PromotionPrice(Train(shop), "P0")); // read from the average price alone: a promotion
        shop[0] = p0 with { Price = average, ListPrice = p0.Price };
        Assert.Null(GlobalForecastReasons.PromotionPrice(Train(shop), "P0"));
    }

    [Fact]
    public void A_lower_price_for_the_whole_last_month_is_a_lasting_change_and_its_lift_is_not_quoted()
    {
        var shop = Shop(t => t >= Days - 28);
        var forecast = ShopForecaster.ForecastAll(shop, new Analytics.Forecasting.ForecastOptions()).Forecasts["P0"];
        var reason = Assert.Single(forecast.Reasons, r => r.StartsWith("Assumes the usual price again", StringComparison.Ordinal));
        Assert.Contains("100 % of the last 28 days (on average 7.00)", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(forecast.Reasons, r => r.StartsWith("Price back to normal", StringComparison.Ordinal));
    }
}
