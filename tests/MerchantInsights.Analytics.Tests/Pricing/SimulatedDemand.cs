using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

/// <summary>Two years of daily Poisson demand with a known constant elasticity, weekday effects and promotions.</summary>
internal static class SimulatedDemand
{
    public static ProductPriceHistory Product(string id, string category, double elasticity, double level, int seed, bool promotions = true, double price = 20, double? cost = 8)
    {
        var rng = new Random(seed);
        double[] weekday = [1.2, 0.8, 0.9, 0.9, 1.0, 1.1, 1.3];
        var start = new DateOnly(2024, 11, 4);
        var units = new double[730];
        var prices = new double?[730];
        var promoUntil = -1;
        var discount = 0.0;
        for (var t = 0; t < 730; t++)
        {
            if (promotions && t > promoUntil && rng.NextDouble() < 0.02) (promoUntil, discount) = (t + rng.Next(5, 14), 0.1 + 0.25 * rng.NextDouble());
            var p = t <= promoUntil ? Math.Round(price * (1 - discount), 2) : price;
            var rate = level * weekday[(int)start.AddDays(t).DayOfWeek] * Math.Pow(p / price, elasticity);
            units[t] = Poisson(rng, rate);
            prices[t] = units[t] > 0 ? p : null;
        }
        return new ProductPriceHistory(id, category, start, units, prices, cost);
    }

    private static int Poisson(Random rng, double rate)
    {
        var (limit, k, product) = (Math.Exp(-rate), 0, rng.NextDouble());
        while (product > limit) { k++; product *= rng.NextDouble(); }
        return k;
    }
}
