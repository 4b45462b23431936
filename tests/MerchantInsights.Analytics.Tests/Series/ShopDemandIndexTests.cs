using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Tests.Series;

public sealed class ShopDemandIndexTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    [Fact]
    public void A_shared_calendar_effect_is_recovered_from_products_of_different_sizes()
    {
        const int days = 200;
        var truth = Enumerable.Range(0, days).Select(t => t % 7 == 5 ? 2.0 : t is >= 100 and < 110 ? 3.0 : 1.0).ToArray();
        var rng = new Random(4);
        var products = Enumerable.Range(0, 40).Select(p =>
        {
            var level = 2 + p;
            var units = truth.Select(m => (double)Poisson(rng, level * m)).ToArray();
            return new ShopDemandIndex.ProductDays(Start, units, Enumerable.Repeat<double?>(10, days).ToArray());
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1));
        var scale = truth.Average();
        for (var t = 0; t < days; t++) Assert.Equal(truth[t] / scale, index[t], 0.08 * truth[t]);
    }

    [Fact]
    public void One_products_promotion_does_not_move_the_index()
    {
        const int days = 120;
        var products = Enumerable.Range(0, 20).Select(p =>
        {
            var units = Enumerable.Repeat(10.0, days).ToArray();
            var prices = Enumerable.Repeat<double?>(5, days).ToArray();
            if (p == 0) for (var t = 50; t < 57; t++) { units[t] = 200; prices[t] = 3; }
            return new ShopDemandIndex.ProductDays(Start, units, prices);
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1));
        Assert.All(index, v => Assert.Equal(1, v, 1e-9));
    }

    private static int Poisson(Random rng, double mean)
    {
        var (l, k, p) = (Math.Exp(-mean), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > l);
        return k - 1;
    }
}
