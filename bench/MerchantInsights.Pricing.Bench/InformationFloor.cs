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
/// estimator's MAE on the shop is not expected to go below this floor.
/// </summary>
public static class InformationFloor
{
    public sealed record Floor(double Mae, double OwnOnlyMedianSd, double CategoryOnlyMae, double Tau);

    public static Floor Of(List<SimulatedProduct> shop)
    {
        var byCategory = shop.GroupBy(s => s.History.Category).ToDictionary(g => g.Key, g => g.Average(s => s.Elasticity));
        var tau2 = shop.Average(s => Math.Pow(s.Elasticity - byCategory[s.History.Category], 2));
        var varied = shop.Where(s => s.Varied).ToList();
        var info = varied.Select(s => Information(s)).ToList();
        var mae = info.Average(i => Math.Sqrt(2 / Math.PI) / Math.Sqrt(1 / tau2 + i));
        var own = info.Select(i => i > 0 ? 1 / Math.Sqrt(i) : double.PositiveInfinity).Order().ElementAt(info.Count / 2);
        return new Floor(mae, own, varied.Average(s => Math.Abs(s.Elasticity - byCategory[s.History.Category])), Math.Sqrt(tau2));
    }

    /// <summary>Fisher information of a product's selling days about its log-price coefficient (known offsets, Poisson).</summary>
    public static double Information(SimulatedProduct s)
    {
        var h = s.History;
        var days = Enumerable.Range(0, h.DailyUnits.Length).Where(t => h.DailyUnits[t] > 0 && h.PriceOn(t) is > 0).ToList();
        var units = days.Sum(t => h.DailyUnits[t]);
        if (units <= 0) return 0;
        var mean = days.Sum(t => h.DailyUnits[t] * Math.Log(h.PriceOn(t)!.Value)) / units;
        return days.Sum(t => h.DailyUnits[t] * Math.Pow(Math.Log(h.PriceOn(t)!.Value) - mean, 2));
    }

    public static string Describe(List<SimulatedProduct> shop)
    {
        var f = Of(shop);
        return $"information floor: MAE ≥ {f.Mae:0.000} for any estimator (true category means known, spread τ {f.Tau:0.00} " +
            $"around them: their MAE alone {f.CategoryOnlyMae:0.000}; own sales alone, median standard error {f.OwnOnlyMedianSd:0.00})";
    }
}
