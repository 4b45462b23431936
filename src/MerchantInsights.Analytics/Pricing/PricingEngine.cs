using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Per-product price elasticity with honest uncertainty, pooled by category, and a suggested price.
/// 1. Each product: quasi-Poisson GLM of daily units on ln(price) with trend, yearly and weekday terms (<see cref="PoissonFit"/>).
/// 2. Products whose price varied get a measured ε ± se; the others (and everybody's prior) come from their category
///    (<see cref="ElasticityPooling"/>); the posterior gives the elasticity and its 80% interval.
///    Unsold days between two prices are read at both, weighted by where the change most likely fell (<see cref="UnsoldDays"/>);
///    when the shop's sales dip after promotions (<see cref="PullForward"/>), products with promotions are fitted again,
///    each promotion summed with the days after it, so stocking up is not read as price response.
/// 3. A constant-elasticity <see cref="DemandCurve"/> at today's price and level, and <see cref="PriceSuggester"/>.
/// Cost: two small GLM fits per product, O(n·k²) each; products run in parallel.
/// Limits: constant elasticity is a local approximation; cross-price effects (a cheaper substitute) are ignored.
/// </summary>
public static class PricingEngine
{
    private const double Z80 = 1.2815515655446004;

    /// <summary>Each product's demand curve, elasticity estimate and suggested price, in the order of
    /// <paramref name="products"/>.</summary>
    public static IReadOnlyList<ProductPricing> Train(IReadOnlyList<ProductPriceHistory> products, PricingOptions options,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var (index, sitewideDays, seasonal) = options.UseShopIndex ? ShopIndexFor(products, options.CategorySeasons) : (null, null, []);
        if (options.UnsoldDayPrices && options.DiscountLengths is null)
            options = options with { DiscountLengths = DiscountLength.Of(products, sitewideDays) };
        var fits = new ProductFit?[products.Count];
        var (done, gate) = (0, new Lock());
        Parallel.For(0, products.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var shop = index?.Invoke(i);
            fits[i] = ProductFit.Measure(products[i], options, shop?.Index, shop?.Sitewide);
            lock (gate) progress?.Report(0.9 * ++done / products.Count);
        });
        if (options.PromotionEpisodes is null
            && PullForward.Detected(fits.Where(f => f is not null).Select(f => (f!.Dips.Sold, f.Dips.Expected, f.Dispersion))))
        {
            // Buyers here stock up on promotions: products with promotions are read again, each promotion with the days after it.
            var episodes = options with { PromotionEpisodes = true };
            Parallel.For(0, products.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                if (fits[i] is not { Dips.Expected: > 0 }) return;
                var shop = index?.Invoke(i);
                fits[i] = ProductFit.Measure(products[i], episodes, shop?.Index, shop?.Sitewide);
            });
        }
        var pooling = new ElasticityPooling(fits.Where(f => f?.Measured is not null)
            .Select(f => (f!.History.Category, f.Measured!.Value.Estimate, f.Measured.Value.Se)).ToList(),
                options.PoolCategoriesTowardShop);
        var result = fits.Where(f => f is not null && f.CurrentPrice >= options.MinRealPrice)
            .Select(f => Price(f!, pooling, options, seasonal))
            .ToList();
        progress?.Report(1);
        return result;
    }

    /// <summary>The shop-wide demand index (<see cref="ShopDemandIndex"/>) over all products and the shop's sitewide sale days, sliced
    /// to the days of the product at a position in <paramref name="products"/> (times its category's own season,
    /// <see cref="ShopDemandIndex.CategorySeasons"/>, when asked), those sale days, and the categories with a season of their
    /// own.</summary>
    private static (Func<int, (double[] Index, bool[] Sitewide)>? Slice, HashSet<DateOnly>? SitewideDays,
        HashSet<string> SeasonalCategories) ShopIndexFor(
        IReadOnlyList<ProductPriceHistory> products, bool categorySeasons)
    {
        if (products.Count == 0) return (null, null, []);
        var first = products.Min(p => p.FirstDay);
        var last = products.Max(p => p.FirstDay.AddDays(p.DailyUnits.Length - 1));
        var days = products.Select(p => new ShopDemandIndex.ProductDays(p.FirstDay, p.DailyUnits,
            Enumerable.Range(0, p.DailyUnits.Length).Select(p.PriceOn).ToArray())).ToList();
        var (index, sitewide) = ShopDemandIndex.BuildOverSitewideSales(days, first, last);
        var seasons = categorySeasons
            ? ShopDemandIndex.CategorySeasons(days, [.. products.Select(p => p.Category)], first, index, sitewide) : null;
        return (k =>
        {
            var p = products[k];
            var offset = p.FirstDay.DayNumber - first.DayNumber;
            var length = Math.Min(p.DailyUnits.Length, index.Length - offset);
            var own = index.AsSpan(offset, length).ToArray();
            if (seasons is not null)
                for (var i = 0; i < length; i++) own[i] *= seasons[k][i];
            return (own, sitewide.AsSpan(offset, length).ToArray());
        }, [.. Enumerable.Range(0, sitewide.Length).Where(t => sitewide[t]).Select(first.AddDays)],
            seasons is null ? [] : [.. products.Where((_, k) => seasons[k].Any(f => f != 1)).Select(p => p.Category)]);
    }

    /// <summary>Below this many real price changes (moves of more than 2%) the page calls the response a first reading.</summary>
    public const int FewPriceChanges = 4;

    /// <summary>What the response rests on, in the owner's words: its category, few real price changes, or its own sales.</summary>
    private static string Basis(ProductFit fit, string categoryName, double ownWeight)
    {
        var changes = fit.PriceChanges == 1 ? "1 real price change" : $"{fit.PriceChanges} real price changes";
        if (fit.Measured is null)
            return $"This response is the typical one of {categoryName}, not this product's own: its price has hardly changed ({changes}).";
        if (ownWeight < 0.5)
            return $"This response is driven mostly by {categoryName}: the product's own sales count for {ownWeight:P0} of it ({changes}).";
        if (fit.PriceChanges < FewPriceChanges)
            return $"This response rests on few real price changes ({changes}); its own sales count for {ownWeight:P0} of it, so treat " +
                $"it as a first reading.";
        return $"This response comes mostly from the product's own sales ({changes}; they count for {ownWeight:P0} of it).";
    }

    /// <summary>The sentence saying a category's typical response leans on the whole shop's, or "".</summary>
    private static string CategoryOnShop(ElasticityPooling pooling, string category) =>
        pooling.CategoryLeansOnShop(category) is (var shop, var own)
            ? $" That typical response is itself read from few or noisy products, so it leans toward your whole shop's ({shop:0.00}); " +
            $"the category's own products give {own:P0} of it."
            : "";

    private static ProductPricing Price(ProductFit fit, ElasticityPooling pooling, PricingOptions options, HashSet<string> seasonal)
    {
        var h = fit.History;
        var prior = pooling.Prior(h.Category);
        var categoryName = pooling.HasOwnCategory(h.Category) ? $"the {h.Category} category" : "your shop's products";
        double elasticity, variance;
        string verdict, explanation;
        if (fit.Measured is { } m)
        {
            (elasticity, variance) = pooling.Posterior(h.Category, m.Estimate, m.Se);
            var width = 2 * Z80 * Math.Sqrt(variance);
            verdict = width <= 1.0 && elasticity + width / 2 < 0 ? ElasticityEstimate.Reliable : ElasticityEstimate.Uncertain;
            explanation =
                $"Measured from {fit.PricedDays} days at prices from {fit.MinPrice:0.00} to {fit.MaxPrice:0.00}: on its own " +
                $"{m.Estimate:0.00} ± {Z80 * m.Se:0.00}; "
                + $"combined with {categoryName} ({prior.Mean:0.00}) the estimate is {elasticity:0.00}."
                + CategoryOnShop(pooling, h.Category)
                + (seasonal.Contains(h.Category)
                    ? $" Each day is read against your shop's traffic and the {h.Category} category's own season (its other " +
                    "products' sales), so its busy weeks are not taken for price response." : "")
                + (pooling.SeInflation >= 1.2
                    ? $" Across your shop, products' own readings stray from their category's typical response about " +
                    $"{pooling.SeInflation:0.0} times as far as their sales alone would explain (for example buyers stocking up on " +
                    "promotions, or similar products on sale at the same time), so each leans more on its category." : "")
                + (fit.SitewideDaysLeftOut > 0
                    ? $" The {fit.SitewideDaysLeftOut} days of sitewide sales (almost everything discounted at once) are left out: " +
                    "the extra shoppers such a sale brings cannot be told apart from the discount." : "")
                + (fit.UnavailableDaysLeftOut > 0
                    ? $" {fit.UnavailableDaysLeftOut} days without a sale, in runs far longer than its usual demand allows " +
                    "(probably out of stock or not listed), are left out: they say nothing about price." : "")
                + (fit.DiscountsAmongUnsoldDays is > 0 and var n && options.DiscountLengths is { } lengths
                    ? $" On the days around {(n == 1 ? "a discount" : $"{n} discounts")} it sold nothing, so their price is unknown: " +
                    $"each discount is taken to have lasted about as long as your shop's discounts do (typically {lengths.Median} days)."
                    : "")
                + (fit.PromotionsWithWeekAfter
                    ? " Buyers here stock up on promotions and buy less in the week after, so each promotion is read together with that " +
                    "week." : "");
        }
        else
        {
            (elasticity, variance) = (prior.Mean, prior.Tau2 + prior.MeanVar);
            verdict = ElasticityEstimate.NotEnoughVariation;
            explanation =
                $"Its price stayed between {fit.MinPrice:0.00} and {fit.MaxPrice:0.00}, too narrow to measure how buyers react, so it " +
                $"takes the typical response of {categoryName} ({prior.Mean:0.00})." + CategoryOnShop(pooling, h.Category);
        }
        var sd = Math.Sqrt(variance);
        var (low80, high80) = (elasticity - Z80 * sd, elasticity + Z80 * sd);
        if (options.DemandFallsWithPrice)
        {
            var unconstrained = elasticity;
            (elasticity, low80, high80) = SignConstraint.Apply(elasticity, sd);
            if (unconstrained > 0)
            {
                verdict = fit.Measured is null ? verdict : ElasticityEstimate.Uncertain;
                explanation += $" Its sales rose with its price ({unconstrained:0.00}), which a price rise does not cause: other things " +
                    "moved with the price (a season, a new listing, big orders at other prices). Demand is taken not to rise with the " +
                    $"price, so it is read at {elasticity:0.00}, the response its sales allow closest to theirs: little reaction.";
            }
            else if (unconstrained - elasticity >= 0.005)
                explanation += $" Demand is taken not to rise with the price, so responses above 0 are ruled out and the estimate " +
                    $"becomes {elasticity:0.00}.";
        }
        var estimate = new ElasticityEstimate(elasticity, low80, high80, fit.Measured?.Estimate, prior.Mean,
            verdict, explanation)
        {
            Basis = Basis(fit, categoryName, fit.Measured is { } own ? pooling.OwnWeight(h.Category, own.Se) : 0),
            ProductOnlySe = fit.Measured?.Se,
        };
        var (cost, assumed) = h.UnitCost is > 0 ? (h.UnitCost, false)
            : options.AssumedMargin is { } margin ? ((double?)Math.Round((1 - margin) * fit.CurrentPrice, 2), true) : (null, false);
        var curve = new DemandCurve(fit.CurrentPrice, fit.UnitsAtCurrentPrice(), elasticity, estimate.Low80, estimate.High80,
            cost, assumed, fit.MinPrice, fit.MaxPrice, fit.LevelLogSd);
        var suggestion = PriceSuggester.Suggest(curve, h.Category, verdict, options);
        return PricePlausibility.Guard(new ProductPricing(h.ProductId, h.Category, estimate, curve, suggestion), h.DailyUnits,
            c => PriceSuggester.Suggest(c, h.Category, verdict, options));
    }
}
