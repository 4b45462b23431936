namespace MerchantInsights.Analytics.Tests.Stock;

/// <summary>Random counts for the simulations: Poisson by inversion (Knuth) in chunks, gamma by Marsaglia–Tsang.</summary>
internal static class Sampling
{
    public static int Poisson(Random rng, double rate)
    {
        var k = 0;
        while (rate > 30)
        {
            // Split large rates: a sum of Poissons is Poisson, and e^-30 keeps the product method accurate.
            k += Poisson(rng, 30);
            rate -= 30;
        }
        var (limit, product) = (Math.Exp(-rate), rng.NextDouble());
        while (product > limit)
        {
            k++;
            product *= rng.NextDouble();
        }
        return k;
    }

    /// <summary>Gamma with the given shape and mean (Marsaglia &amp; Tsang 2000; shape &lt; 1 by the u^(1/shape) boost).</summary>
    public static double Gamma(Random rng, double shape, double mean)
    {
        if (shape < 1) return Gamma(rng, shape + 1, shape + 1) * Math.Pow(rng.NextDouble(), 1 / shape) * mean / shape;
        var d = shape - 1 / 3.0;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var x = Normal(rng);
            var v = Math.Pow(1 + c * x, 3);
            if (v <= 0) continue;
            if (Math.Log(rng.NextDouble()) < 0.5 * x * x + d - d * v + d * Math.Log(v)) return d * v * mean / shape;
        }
    }

    public static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
