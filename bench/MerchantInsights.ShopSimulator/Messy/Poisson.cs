namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>Poisson draws: Knuth's product of uniforms for small rates, a rounded normal above 30.</summary>
public static class Poisson
{
    public static int Draw(Random rng, double rate)
    {
        if (rate <= 0) return 0;
        if (rate > 30) return Math.Max(0, (int)Math.Round(rate + Math.Sqrt(rate) * Catalogue.Gaussian(rng)));
        var (limit, k, product) = (Math.Exp(-rate), 0, rng.NextDouble());
        while (product > limit) { k++; product *= rng.NextDouble(); }
        return k;
    }
}
