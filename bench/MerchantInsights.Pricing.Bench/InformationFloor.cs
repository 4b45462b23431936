using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>
/// The smallest elasticity error any estimator can expect on a shop, from what its sales can tell. A product's own sales
/// inform its elasticity by their Fisher information under the most favourable model — Poisson units whose every other
/// influence (level, weekday, season, shop-wide shocks, stock-outs) is known: I = Σ units·(ln price − its units-weighted
/// mean)² over its selling days (the realised units weigh each day by what it was expected to sell, unbiasedly). The
/// best prior an estimator could borrow from the shop is the true mean of the product's category with the true spread
/// τ of elasticities around it. Combining the two, the posterior's standard deviation is 1/√(1/τ² + I) and the expected
/// absolute error of a normal estimate is √(2/π) times that. Every assumption is in the estimator's favour (promotion
/// days count as if their response were the lasting one, no over-dispersion, the truth's category means known), so an
/// estimator's MAE on the shop is not expected to go below this floor. A second figure counts only the days off a short
/// discount: where buyers stock up on a discount (ChoiceShop), its lift is not the lasting response, and an estimator
/// that cannot tell the two apart learns only from lasting prices (an estimator may still glean a little from discounts,
/// so this one is indicative, not a bound).
/// </summary>
public static class InformationFloor
{
    public sealed record Floor(double Mae, double OwnOnlyMedianSd, double CategoryOnlyMae, double Tau);

    public static Floor Of(List<SimulatedProduct> shop, bool lastingOnly = false)
    {
        var byCategory = shop.GroupBy(s => s.History.Category).ToDictionary(g => g.Key, g => g.Average(s => s.Elasticity));
        var tau2 = shop.Average(s => Math.Pow(s.Elasticity - byCategory[s.History.Category], 2));
        var varied = shop.Where(s => s.Varied).ToList();
        var info = varied.Select(s => Information(s, lastingOnly)).ToList();
        var mae = info.Average(i => Math.Sqrt(2 / Math.PI) / Math.Sqrt(1 / tau2 + i));
        var own = info.Select(i => i > 0 ? 1 / Math.Sqrt(i) : double.PositiveInfinity).Order().ElementAt(info.Count / 2);
        return new Floor(mae, own, varied.Average(s => Math.Abs(s.Elasticity - byCategory[s.History.Category])), Math.Sqrt(tau2));
    }

    /// <summary>Fisher information of a product's selling days about its log-price coefficient (known offsets, Poisson).</summary>
    public static double Information(SimulatedProduct s, bool lastingOnly = false)
    {
        var h = s.History;
        var days = Enumerable.Range(0, h.DailyUnits.Length).Where(t => h.DailyUnits[t] > 0 && h.PriceOn(t) is > 0
            && !(lastingOnly && OnDiscount(h, t))).ToList();
        var units = days.Sum(t => h.DailyUnits[t]);
        if (units <= 0) return 0;
        var mean = days.Sum(t => h.DailyUnits[t] * Math.Log(h.PriceOn(t)!.Value)) / units;
        return days.Sum(t => h.DailyUnits[t] * Math.Pow(Math.Log(h.PriceOn(t)!.Value) - mean, 2));
    }

    /// <summary>A short discount: a day priced more than 5% below the highest price of the two weeks before it and of the two
    /// weeks after it (a lasting cut keeps its price afterwards, so it is not one).</summary>
    private static bool OnDiscount(ProductPriceHistory h, int t)
    {
        double High(int from, int to)
        {
            var high = 0.0;
            for (var u = Math.Max(0, from); u <= Math.Min(h.DailyUnits.Length - 1, to); u++)
                if (h.PriceOn(u) is { } p) high = Math.Max(high, p);
            return high;
        }
        return h.PriceOn(t) < 0.95 * Math.Min(High(t - 14, t - 1), High(t + 1, t + 14));
    }

    public static string Describe(List<SimulatedProduct> shop)
    {
        var f = Of(shop);
        return $"information floor: MAE ≥ {f.Mae:0.000} for any estimator (true category means known, spread τ {f.Tau:0.00} " +
            $"around them: their MAE alone {f.CategoryOnlyMae:0.000}; own sales alone, median standard error {f.OwnOnlyMedianSd:0.00}); " +
            $"{Of(shop, lastingOnly: true).Mae:0.000} if short discounts teach nothing about a lasting price change";
    }
}
