using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Analytics.Tests.Forecasting.Global;

/// <summary>Small seeded shops with known demand for the shop-wide model's tests.</summary>
internal static class SimulatedShop
{
    public static int Poisson(Random rng, double rate)
    {
        var (limit, k, p) = (Math.Exp(-rate), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > limit);
        return k - 1;
    }

    /// <summary>
    /// <paramref name="products"/> products over <paramref name="days"/> days from <paramref name="first"/>, units ~
    /// Poisson(level × effect(day) × (price / usual)^−2), priced 10 except on days <paramref name="promotion"/> marks (7).
    /// </summary>
    public static List<ShopProduct> Build(int products, DateOnly first, int days, Func<DateOnly, double> effect, Func<int, int, bool> promotion, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, products).Select(p =>
        {
            var level = 2 + 6 * rng.NextDouble();
            var price = new double?[days];
            var units = new double[days];
            for (var t = 0; t < days; t++)
            {
                var promo = promotion(p, t);
                price[t] = promo ? 7 : 10;
                units[t] = Poisson(rng, level * effect(first.AddDays(t)) * (promo ? Math.Pow(0.7, -2) : 1));
                if (units[t] == 0) price[t] = null;
            }
            return new ShopProduct($"P{p}", p % 2 == 0 ? "Tea" : "Cups", first, units, price);
        }).ToList();
    }
}
