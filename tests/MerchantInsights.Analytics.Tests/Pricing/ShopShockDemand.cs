using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

/// <summary>
/// Two years of daily Poisson demand for one product: level × shared shop multiplier(t) × (price(t)/base)^ε × own(t),
/// with the price path and the product's own multiplier (e.g. a post-promotion dip) given by the test.
/// </summary>
internal static class ShopShockDemand
{
    public static readonly DateOnly Start = new(2024, 11, 4);
    public const int Days = 730;

    public static ProductPriceHistory Product(string id, string category, double elasticity, double level, int seed,
        Func<int, double> shop, Func<int, double> price, Func<int, double>? own = null)
    {
        var rng = new Random(seed);
        var (units, prices) = (new double[Days], new double?[Days]);
        for (var t = 0; t < Days; t++)
        {
            var p = price(t);
            units[t] = Poisson(rng, level * shop(t) * Math.Pow(p / price(0), elasticity) * (own?.Invoke(t) ?? 1));
            prices[t] = units[t] > 0 ? p : null;
        }
        return new ProductPriceHistory(id, category, Start, units, prices, price(0) * 0.5);
    }

    /// <summary>Shop-wide peaks: the 4th week of November (×3) and the first three weeks of December (×2).</summary>
    public static double Peaks(int t)
    {
        var day = Start.AddDays(t);
        return day.Month == 11 && day.Day >= 22 ? 3 : day.Month == 12 && day.Day <= 21 ? 2 : 1;
    }

    private static int Poisson(Random rng, double rate)
    {
        var (limit, k, product) = (Math.Exp(-rate), 0, rng.NextDouble());
        while (product > limit) { k++; product *= rng.NextDouble(); }
        return k;
    }
}
