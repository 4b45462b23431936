using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Tests.Pricing;

/// <summary>
/// A category with a season of its own: ten watering cans whose demand triples in a three-week heat wave while the shop's
/// other ten products (pots) stay flat, and one can whose price the owner raises by 20% for three-week spells through the
/// year, one of them the heat wave (true elasticity −1.5). The shop's index rises only half as much as the cans, so
/// without the category's season the heat wave's extra buyers are read as a response to the higher price.
/// </summary>
public sealed class CategorySeasonTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private const int Days = 365;

    private static double HeatWave(int t) => t is >= 180 and < 201 ? 3 : 1;

    private static bool Raised(int t) => t is (>= 60 and < 81) or (>= 120 and < 141) or (>= 180 and < 201) or (>= 240 and < 261)
        or (>= 300 and < 321);

    private static List<ProductPriceHistory> Shop(int seed)
    {
        var rng = new Random(seed);
        var products = new List<ProductPriceHistory>();
        for (var p = 0; p < 20; p++)
        {
            var watering = p < 10;
            var prices = Enumerable.Range(0, Days).Select(t => (double?)(p == 0 && Raised(t) ? 12.0 : 10.0)).ToArray();
            var units = Enumerable.Range(0, Days).Select(t =>
                (double)Poisson(rng, 3 * (watering ? HeatWave(t) : 1) * Math.Pow(prices[t]!.Value / 10, -1.5))).ToArray();
            products.Add(new ProductPriceHistory($"{(watering ? "W" : "P")}{p}", watering ? "Watering" : "Pots", Start, units, prices, 6));
        }
        return products;
    }

    [Fact]
    public void A_price_raised_in_its_categorys_peak_is_read_at_its_true_response()
    {
        var (with, without) = (new List<double>(), new List<double>());
        for (var seed = 0; seed < 8; seed++)
        {
            var shop = Shop(seed);
            var seasonal = PricingEngine.Train(shop, new PricingOptions()).Single(p => p.ProductId == "W0").Elasticity;
            with.Add(seasonal.ProductOnly!.Value);
            without.Add(PricingEngine.Train(shop, new PricingOptions { CategorySeasons = false }).Single(p => p.ProductId == "W0")
                .Elasticity.ProductOnly!.Value);
            Assert.Contains("Watering category's own season", seasonal.Explanation);
        }
        // Eight draws: −1.24 on average with the season (the window of two weeks either side smooths the heat wave's edges),
        // −0.83 without it.
        Assert.InRange(with.Average(), -1.8, -1.0);
        Assert.True(with.Average() < without.Average() - 0.25, $"with the season {with.Average():0.00}, without {without.Average():0.00}");
    }

    [Fact]
    public void A_shop_with_one_category_has_no_category_season()
    {
        var shop = Shop(2).Select(p => p with { Category = "All" }).ToList();
        var days = shop.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.DailyUnits, p.DailyPrice)).ToList();
        var (index, sitewide) = ShopDemandIndex.BuildOverSitewideSales(days, Start, Start.AddDays(Days - 1));
        var seasons = ShopDemandIndex.CategorySeasons(days, [.. shop.Select(p => p.Category)], Start, index, sitewide);
        Assert.All(seasons, s => Assert.All(s, f => Assert.Equal(1, f)));
        Assert.DoesNotContain("own season", PricingEngine.Train(shop, new PricingOptions()).Single(p => p.ProductId == "W0").Elasticity.Explanation);
    }

    [Fact]
    public void The_category_season_follows_the_category_and_leaves_a_thin_one_alone()
    {
        var shop = Shop(1);
        // A third category of three products: too few for a season of its own.
        shop.AddRange(Enumerable.Range(0, 3).Select(i => shop[10 + i] with { ProductId = $"G{i}", Category = "Gifts" }));
        var days = shop.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.DailyUnits, p.DailyPrice)).ToList();
        var (index, sitewide) = ShopDemandIndex.BuildOverSitewideSales(days, Start, Start.AddDays(Days - 1));
        var seasons = ShopDemandIndex.CategorySeasons(days, [.. shop.Select(p => p.Category)], Start, index, sitewide);
        double Level(int k, int from, int to) => Enumerable.Range(from, to - from).Average(t => index[t] * seasons[k][t]);
        // A can (not the one whose price moved) reads the heat wave's middle week at about 3× the spring; a pot reads it
        // much flatter than the shop's index (2× there), though a wave shorter than the window is smoothed.
        Assert.InRange(Level(3, 187, 194) / Level(3, 40, 120), 2.3, 3.3);
        var shopAlone = Enumerable.Range(187, 7).Average(t => index[t]) / Enumerable.Range(40, 80).Average(t => index[t]);
        Assert.InRange(Level(15, 187, 194) / Level(15, 40, 120), 0.85, 1.3);
        Assert.InRange(shopAlone, 1.7, 2.3);
        Assert.All(seasons[^1], f => Assert.Equal(1, f));
    }

    private static int Poisson(Random rng, double mean)
    {
        var (limit, k, p) = (Math.Exp(-mean), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > limit);
        return k - 1;
    }
}
