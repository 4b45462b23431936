using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class PriceResponseKnownAnswerTests
{
    private static readonly PricingOptions Options = new();
    private static readonly PricingOptions Before = Options with { UseShopIndex = false, ExcludePromotionDips = false };

    /// <summary>Ten products at a fixed price feel the shop's peaks; a promotion product's price changes every few weeks.</summary>
    private static List<ProductPriceHistory> Shop(Func<int, double> promotionPrice, double elasticity, Func<int, double>? own = null) =>
        Enumerable.Range(0, 10).Select(i => ShopShockDemand.Product($"F{i}", "Tea", -1.5, 6, seed: i, ShopShockDemand.Peaks, _ => 10))
            .Append(ShopShockDemand.Product("X", "Tea", elasticity, 6, seed: 77, ShopShockDemand.Peaks, promotionPrice, own)).ToList();

    [Fact]
    public void A_shop_wide_peak_that_coincides_with_a_discount_is_not_read_as_a_price_response()
    {
        // X is 20% off exactly in the shop's busy weeks, and its buyers do not care about price at all (ε = 0).
        double Price(int t) => ShopShockDemand.Peaks(t) > 1 ? 8 : 10;
        var now = PricingEngine.Train(Shop(Price, 0), Options).Single(p => p.ProductId == "X").Elasticity;
        var before = PricingEngine.Train(Shop(Price, 0), Before).Single(p => p.ProductId == "X").Elasticity;
        Assert.InRange(now.ProductOnly!.Value, -0.4, 0.4);
        Assert.True(before.ProductOnly < -2, $"without the shop index the peak looked like a response of {before.ProductOnly:0.00}");
    }

    [Fact]
    public void A_sitewide_sale_that_brings_extra_shoppers_is_left_out_when_the_product_has_promotions_of_its_own()
    {
        // Every product is 20% off on the first three days of each December and the shop has 3× its shoppers then; besides,
        // each product runs its own 20% promotion for a week every eight weeks (at its own phase). ε = −1.5 everywhere.
        static bool Sitewide(int t) => ShopShockDemand.Start.AddDays(t) is { Month: 12, Day: <= 3 };
        static double Shoppers(int t) => Sitewide(t) ? 3 : 1;
        Func<int, double> Price(int phase) => t => Sitewide(t) || (t + phase) % 56 is >= 28 and < 35 ? 8 : 10;
        var shop = Enumerable.Range(0, 11).Select(i => ShopShockDemand.Product($"P{i}", "Tea", -1.5, 6, seed: 500 + i, Shoppers,
            Price(5 * i))).ToList();
        var days = shop.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.DailyUnits,
            Enumerable.Range(0, p.DailyUnits.Length).Select(p.PriceOn).ToArray())).ToList();
        var last = ShopShockDemand.Start.AddDays(ShopShockDemand.Days - 1);
        var (index, sitewide) = ShopDemandIndex.BuildOverSitewideSales(days, ShopShockDemand.Start, last);
        Assert.Equal(6, sitewide.Count(d => d));
        var (kept, leftOut) = (new List<double>(), new List<double>());
        foreach (var p in shop)
        {
            kept.Add(ProductFit.Measure(p, Options, index)!.Measured!.Value.Estimate);
            var fit = ProductFit.Measure(p, Options, index, sitewide)!;
            Assert.Equal(6, fit.SitewideDaysLeftOut);
            leftOut.Add(fit.Measured!.Value.Estimate);
        }
        // Kept in, the sale days' extra shoppers read as price response (about ln 3 / ln 1.25 ≈ 5 per 1% on those days).
        Assert.InRange(leftOut.Average(), -1.5 - 0.15, -1.5 + 0.15);
        Assert.True(kept.Average() < leftOut.Average() - 0.2, $"kept {kept.Average():0.00}, left out {leftOut.Average():0.00}");
        var x = PricingEngine.Train(shop, Options).Single(p => p.ProductId == "P0").Elasticity;
        Assert.Contains("6 days of sitewide sales", x.Explanation);
    }

    [Fact]
    public void A_product_whose_only_price_variation_is_the_sitewide_sale_keeps_those_days()
    {
        static bool Sitewide(int t) => ShopShockDemand.Start.AddDays(t) is { Month: 12, Day: <= 14 };
        var shop = Enumerable.Range(0, 8).Select(i => ShopShockDemand.Product($"P{i}", "Tea", -1.5, 6, seed: 700 + i, _ => 1,
            t => Sitewide(t) ? 8 : 10)).ToList();
        var days = shop.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.DailyUnits,
            Enumerable.Range(0, p.DailyUnits.Length).Select(p.PriceOn).ToArray())).ToList();
        var last = ShopShockDemand.Start.AddDays(ShopShockDemand.Days - 1);
        var (index, sitewide) = ShopDemandIndex.BuildOverSitewideSales(days, ShopShockDemand.Start, last);
        Assert.True(sitewide.Count(d => d) >= 20);
        var fit = ProductFit.Measure(shop[0], Options, index, sitewide)!;
        Assert.Equal(0, fit.SitewideDaysLeftOut);
        Assert.NotNull(fit.Measured);
    }

    [Fact]
    public void Units_pulled_forward_by_stocking_up_on_a_promotion_are_not_read_as_price_response()
    {
        // 20% off for 7 days every 8 weeks; buyers stock up (half as many units again as the price alone brings) and buy
        // that much less in the week after, so the promotion and its week together sell what the price alone explains.
        static bool Promotion(int t) => t % 56 is >= 28 and < 35;
        static bool Dip(int t) => t % 56 is >= 35 and < 42;
        var lift = Math.Pow(0.8, -1.5);
        var history = Shop(t => Promotion(t) ? 8 : 10, -1.5, t => Promotion(t) ? 1.5 : Dip(t) ? 1 - 0.5 * lift : 1);
        // Without the index: in an 11-product test shop X's own dips would be a tenth of the shop's (the index is tested above).
        var options = Options with { UseShopIndex = false };
        var x = PricingEngine.Train(history, options).Single(p => p.ProductId == "X").Elasticity;
        var dipsLeftOut = PricingEngine.Train(history, options with { PromotionEpisodes = false, ExcludePromotionDips = true }).Single(p => p.ProductId == "X").Elasticity;
        Assert.InRange(x.ProductOnly!.Value, -1.5 - 0.35, -1.5 + 0.35);
        Assert.Contains("stock up on promotions", x.Explanation);
        Assert.True(dipsLeftOut.ProductOnly < -2.5, $"leaving the dips out reads stocking up as response ({dipsLeftOut.ProductOnly:0.00})");
    }

    [Fact]
    public void A_slow_sellers_discounts_are_not_flattened_by_guessing_the_price_on_unsold_days()
    {
        // Half a unit a day, ε = −2, a 25% discount for 10 days every 6 weeks: most days sell nothing and have no price.
        // Splitting each gap between two prices in the middle misplaces the price on many of them and flattens the response.
        double Price(int t) => t % 42 < 10 ? 7.5 : 10;
        var (weighed, split) = (new List<double>(), new List<double>());
        for (var seed = 0; seed < 8; seed++)
        {
            var shop = new List<ProductPriceHistory> { ShopShockDemand.Product("X", "Tea", -2.0, 0.5, seed: 300 + seed, _ => 1, Price) };
            // One product is no shop: its own sales would make the index, and its discounts seen whole say how long they last.
            var alone = Options with { UseShopIndex = false, DiscountLengths = DiscountLength.Fixed(10) };
            weighed.Add(PricingEngine.Train(shop, alone).Single().Elasticity.ProductOnly!.Value);
            split.Add(PricingEngine.Train(shop, alone with { UnsoldDayPrices = false, ExcludePromotionDips = true }).Single().Elasticity.ProductOnly!.Value);
        }
        Assert.InRange(weighed.Average(), -2.0 - 0.3, -2.0 + 0.3);
        Assert.True(split.Average() > -1.75, $"the middle split flattens the response ({split.Average():0.00})");
    }

    [Fact]
    public void A_short_discount_on_a_slow_seller_is_placed_by_how_long_the_shops_discounts_last()
    {
        // 0.4 units a day at 10, ε = −2, 25% off for 5 days every 40: a discount shows on the day or two it sold, among
        // quiet days. Knowing that discounts last 5 days places its start and end; taking them to last a month spreads
        // the discount over the quiet days around it, which flattens the response.
        double Price(int t) => t % 40 is >= 20 and < 25 ? 7.5 : 10;
        var (known, month) = (new List<double>(), new List<double>());
        for (var seed = 0; seed < 8; seed++)
        {
            var shop = new List<ProductPriceHistory> { ShopShockDemand.Product("X", "Tea", -2.0, 0.4, seed: 500 + seed, _ => 1, Price) };
            var alone = Options with { UseShopIndex = false, PromotionEpisodes = false };
            known.Add(PricingEngine.Train(shop, alone with { DiscountLengths = DiscountLength.Fixed(5) }).Single().Elasticity.ProductOnly!.Value);
            month.Add(PricingEngine.Train(shop, alone with { DiscountLengths = DiscountLength.Fixed(30) }).Single().Elasticity.ProductOnly!.Value);
        }
        Assert.InRange(known.Average(), -2.0 - 0.3, -2.0 + 0.3);
        Assert.True(month.Average() > known.Average() + 0.25, $"a month: {month.Average():0.00}, five days: {known.Average():0.00}");
        // The page says how the discounts' unsold days were read.
        var shopOfOne = new List<ProductPriceHistory> { ShopShockDemand.Product("X", "Tea", -2.0, 0.4, seed: 500, _ => 1, Price) };
        var explanation = PricingEngine.Train(shopOfOne, Options with { UseShopIndex = false, DiscountLengths = DiscountLength.Fixed(5) })
            .Single().Elasticity.Explanation;
        Assert.Matches(@"On the days around \d+ discounts it sold nothing.*typically 5 days", explanation);
    }

    [Fact]
    public void Quantity_tier_discounts_do_not_create_a_price_response()
    {
        // The list price never moves; on some days a wholesale buyer takes a big order at a tier price 25% lower, so the
        // day's average price is low exactly when units are high.
        var rng = new Random(5);
        var units = new double[ShopShockDemand.Days];
        var (average, list) = (new double?[units.Length], new double?[units.Length]);
        for (var t = 0; t < units.Length; t++)
        {
            var small = rng.Next(0, 6);
            var bulk = rng.NextDouble() < 0.2 ? 24 : 0;
            units[t] = small + bulk;
            if (units[t] == 0) continue;
            average[t] = (small * 10.0 + bulk * 7.5) / units[t];
            list[t] = small > 0 ? 10 : null;
        }
        var averaged = new ProductPriceHistory("T", "Wholesale", ShopShockDemand.Start, units, average, 5);
        var tiered = averaged with { ListPrice = list };
        var fromAverage = PricingEngine.Train([averaged], Options).Single().Elasticity;
        var fromList = PricingEngine.Train([tiered], Options).Single().Elasticity;
        Assert.True(fromAverage.ProductOnly < -1, $"the average price makes tiers look like a response ({fromAverage.ProductOnly:0.00})");
        Assert.Null(fromList.ProductOnly);
        Assert.Equal(ElasticityEstimate.NotEnoughVariation, fromList.Verdict);
    }

    [Fact]
    public void A_constant_elasticity_series_returns_its_elasticity_with_the_shop_index_in_place()
    {
        // Promotions (15% off, 10 days a quarter) and a lasting 10% rise, in a shop with busy Novembers and Decembers;
        // over eight draws the estimate averages the truth, and each draw is within its noise.
        double Price(int t) => t % 90 < 10 ? 8.5 : t < 365 ? 10 : 11;
        var estimates = Enumerable.Range(0, 8).Select(seed =>
        {
            var shop = Enumerable.Range(0, 10).Select(i => ShopShockDemand.Product($"F{i}", "Tea", -1.5, 6, seed: i + 100 * seed, ShopShockDemand.Peaks, _ => 10))
                .Append(ShopShockDemand.Product("X", "Tea", -2.0, 6, seed: 77 + seed, ShopShockDemand.Peaks, Price)).ToList();
            return PricingEngine.Train(shop, Options).Single(p => p.ProductId == "X").Elasticity.ProductOnly!.Value;
        }).ToList();
        Assert.InRange(estimates.Average(), -2.0 - 0.15, -2.0 + 0.15);
        Assert.All(estimates, e => Assert.InRange(e, -2.0 - 0.5, -2.0 + 0.5));
    }

    [Fact]
    public void The_page_is_told_when_the_response_rests_on_the_category_or_on_few_price_changes()
    {
        var shop = Shop(t => t < 400 ? 10 : 9, -1.5); // X: one real price change
        var result = PricingEngine.Train(shop, Options);
        Assert.Contains("typical one of", result.Single(p => p.ProductId == "F0").Elasticity.Basis);
        Assert.Contains("1 real price change", result.Single(p => p.ProductId == "X").Elasticity.Basis);
    }
}
