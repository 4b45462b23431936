using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Analytics.Tests.Forecasting.Global;

public sealed class ShopForecasterTests
{
    [Fact]
    public void Every_product_gets_a_forecast_with_ordered_bands_and_the_shop_is_measured_against_the_baselines()
    {
        var first = new DateOnly(2024, 10, 1);
        var shop = SimulatedShop.Build(30, first, 426, d => d.Month == 12 && d.Day <= 21 ? 2.5 : 1, (p, t) => (t + 37 * p) % 120 < 14, seed: 11);
        shop.Add(new ShopProduct("NEW", "Tea", first.AddDays(420), [1, 0, 2, 0, 1, 1], [10, null, 10, null, 10, 10]));
        var result = ShopForecaster.ForecastAll(shop, new ForecastOptions());
        Assert.Equal(31, result.Forecasts.Count);
        foreach (var f in result.Forecasts.Values)
        {
            Assert.Equal(28, f.Point.Length);
            Assert.Equal(first.AddDays(426), f.FirstForecastDay);
            for (var h = 0; h < 28; h++)
            {
                Assert.True(f.Lower95[h] <= f.Lower80[h] + 1e-9 && f.Lower80[h] <= f.Point[h] + 1e-9, f.Method);
                Assert.True(f.Point[h] <= f.Upper80[h] + 1e-9 && f.Upper80[h] <= f.Upper95[h] + 1e-9, f.Method);
            }
            Assert.NotEmpty(f.Reasons);
        }
        Assert.Equal(30, result.Accuracy.Products);
        Assert.True(double.IsFinite(result.Accuracy.ShopModel) && double.IsFinite(result.Accuracy.BestBaseline));
        Assert.True(result.Accuracy.Chosen <= result.Accuracy.PerProduct + 1e-9);
        Assert.NotNull(result.Model);
    }
}
