using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Analytics.Tests.Forecasting.Global;

public sealed class GlobalDemandModelTests
{
    private static readonly DateOnly First = new(2024, 10, 1);
    // The history ends on 30 Nov 2025; every product sold 2.5× from 1 to 21 December 2024, nothing else marks December.
    private const int Days = 426;

    private static double December(DateOnly d) => d.Month == 12 && d.Day <= 21 ? 2.5 : 1;

    [Fact]
    public void A_shared_December_effect_is_learned_by_the_shop_wide_model_and_not_by_per_product_methods()
    {
        var shop = SimulatedShop.Build(40, First, Days, December, (_, _) => false, seed: 3);
        var model = GlobalDemandModel.Train(shop, First.AddDays(Days - 1), new GlobalModelOptions())!;
        var shopWide = model.ForecastMany(shop.Select(p => p.ProductId).ToList(), 28);
        double Lift(double[] f) => f.Skip(3).Take(14).Average() / f.Skip(24).Average();
        var learned = shop.Average(p => Lift(shopWide[p.ProductId]));
        var perProduct = shop.Average(p => Lift(DemandForecaster.Forecast(new DemandHistory(p.ProductId, p.FirstDay, p.Units), new ForecastOptions()).Point));
        Assert.True(learned > 1.6, $"shop-wide model's December lift {learned:0.00}");
        Assert.True(perProduct < 1.2, $"per-product methods' December lift {perProduct:0.00}");
        Assert.Contains("Christmas", model.DetectedPeaks);
    }

    [Fact]
    public void A_product_whose_promotion_ends_is_forecast_at_its_normal_level_and_at_a_price_on_request()
    {
        // Every product has two-week promotions now and then (demand ×2 at 30% off); P0's latest ends with the history.
        bool Promotion(int p, int t) => (t + 37 * p) % 120 < 14 || (p == 0 && t >= Days - 14);
        var shop = SimulatedShop.Build(30, First, Days, _ => 1, Promotion, seed: 5);
        var model = GlobalDemandModel.Train(shop, First.AddDays(Days - 1), new GlobalModelOptions())!;
        var p0 = shop[0];
        var normal = Enumerable.Range(0, Days - 14).Where(t => !Promotion(0, t)).Select(t => p0.Units[t]).Average();
        var promoted = p0.Units[^14..].Average();
        var forecast = model.Forecast("P0", 28)!;
        Assert.True(promoted > 1.6 * normal, "the simulated promotion doubles sales");
        Assert.InRange(forecast.Average() / normal, 0.8, 1.25);
        Assert.Equal(10, model.UsualPrice("P0"), 6);
        var atPromotion = model.ForecastAtPrice("P0", 28, 7m)!;
        Assert.Equal(28, atPromotion.Length);
        Assert.True(atPromotion.Average() > 1.4 * forecast.Average(), $"at 7.00 {atPromotion.Average():0.00} vs {forecast.Average():0.00} at 10.00");
        Assert.Null(model.ForecastAtPrice("unknown", 28, 7m));
    }

    [Fact]
    public void Training_is_reproducible_with_the_same_seed()
    {
        var shop = SimulatedShop.Build(10, First, 200, _ => 1, (_, _) => false, seed: 9);
        var a = GlobalDemandModel.Train(shop, First.AddDays(199), new GlobalModelOptions())!.Forecast("P1", 28)!;
        var b = GlobalDemandModel.Train(shop, First.AddDays(199), new GlobalModelOptions())!.Forecast("P1", 28)!;
        Assert.Equal(a, b);
    }
}
