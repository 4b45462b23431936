using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>A simulated product with its true elasticity, level and cost.</summary>
public sealed record SimulatedProduct(string Id, double Elasticity, double Level, double BasePrice, double Cost, bool Varied, ProductPriceHistory History)
{
    /// <summary>Profit per day at a price under the truth (constant elasticity around the base price, at the base level).</summary>
    public double TrueProfit(double price) => (price - Cost) * Level * Math.Pow(price / BasePrice, Elasticity);

    /// <summary>Profit of the suggested price as a share of the best profit inside the same guardrails, under the truth.</summary>
    public double ProfitShare(double suggested, DemandCurve curve, PricingOptions o)
    {
        var current = curve.ReferencePrice;
        var lower = Math.Min(current, Math.Max(current * (1 - o.MaxChange), curve.MinObservedPrice * (1 - o.MaxBeyondObserved)));
        var upper = Math.Max(current, Math.Min(current * (1 + o.MaxChange), curve.MaxObservedPrice * (1 + o.MaxBeyondObserved)));
        var best = Enumerable.Range(0, 2001).Select(i => TrueProfit(lower + (upper - lower) * i / 2000)).Max();
        return best <= 0 ? 1 : TrueProfit(suggested) / best;
    }

    /// <summary>The naive yardstick: OLS of ln(units) on ln(price) over selling days, no controls, no pooling.</summary>
    public double LogLogOls()
    {
        var days = Enumerable.Range(0, History.DailyUnits.Length).Where(t => History.DailyUnits[t] > 0 && History.DailyPrice[t] is > 0).ToList();
        var x = days.Select(t => Math.Log(History.DailyPrice[t]!.Value)).ToArray();
        var y = days.Select(t => Math.Log(History.DailyUnits[t])).ToArray();
        var (mx, my) = (x.Average(), y.Average());
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        return sxx < 1e-12 ? 0 : x.Select((v, i) => (v - mx) * (y[i] - my)).Sum() / sxx;
    }
}

/// <summary>
/// Shops with known constant elasticities: 8 categories (typical ε from −0.8 to −2.6, products ±0.3 around it),
/// levels from 0.3 to 20 units a day, weekday and yearly seasonality, growth, promotions of 10–35% and permanent price
/// changes; one product in five never changes price.
/// </summary>
public static class PricingShop
{
    public static List<SimulatedProduct> Simulate(int count, int seed)
    {
        var rng = new Random(seed);
        double[] categoryElasticity = [-0.8, -1.2, -1.5, -1.8, -2.0, -2.2, -2.4, -2.6];
        double[] weekday = [1.2, 0.8, 0.9, 0.9, 1.0, 1.1, 1.3];
        var start = new DateOnly(2024, 11, 1);
        return Enumerable.Range(0, count).Select(i =>
        {
            var category = i % categoryElasticity.Length;
            var elasticity = Math.Min(-0.3, categoryElasticity[category] + 0.3 * Gaussian(rng));
            var level = Math.Exp(Math.Log(0.3) + (Math.Log(20) - Math.Log(0.3)) * rng.NextDouble());
            var basePrice = Math.Round(5 + 45 * rng.NextDouble(), 2);
            var cost = Math.Round(basePrice * (0.3 + 0.3 * rng.NextDouble()), 2);
            var varied = rng.NextDouble() >= 0.2;
            var (units, prices) = (new double[730], new double?[730]);
            var regular = basePrice;
            var promoUntil = -1;
            var discount = 0.0;
            for (var t = 0; t < 730; t++)
            {
                if (varied && rng.NextDouble() < 0.003) regular = Math.Round(regular * (0.9 + 0.2 * rng.NextDouble()), 2);
                if (varied && t > promoUntil && rng.NextDouble() < 0.015) (promoUntil, discount) = (t + rng.Next(4, 15), 0.1 + 0.25 * rng.NextDouble());
                var price = t <= promoUntil ? Math.Round(regular * (1 - discount), 2) : regular;
                var day = start.AddDays(t);
                var season = weekday[(int)day.DayOfWeek] * (1 + 0.25 * Math.Cos(2 * Math.PI * (day.DayOfYear - 350) / 365.25)) * (1 + 0.2 * t / 365.0);
                units[t] = Poisson(rng, level * season * Math.Pow(price / basePrice, elasticity));
                prices[t] = units[t] > 0 ? price : null;
            }
            var history = new ProductPriceHistory($"S{i:0000}", $"Category {category + 1}", start, units, prices, cost);
            // The truth's level is the demand at the base price at the end of the history (growth and season averaged).
            return new SimulatedProduct(history.ProductId, elasticity, level * 1.4, basePrice, cost, varied, history);
        }).ToList();
    }

    internal static double Gaussian(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    internal static int Poisson(Random rng, double rate)
    {
        if (rate > 30) return Math.Max(0, (int)Math.Round(rate + Math.Sqrt(rate) * Gaussian(rng)));
        var (limit, k, product) = (Math.Exp(-rate), 0, rng.NextDouble());
        while (product > limit) { k++; product *= rng.NextDouble(); }
        return k;
    }
}
