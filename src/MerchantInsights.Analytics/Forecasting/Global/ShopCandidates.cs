namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// The forecasts a group of similar products can take: the per-product engine, the 8-week weekday median (the simple
/// method that is hardest to beat on the bench's shops, and has no choice in it), the shop-wide model read at a share
/// of its mean or as its median, and the model averaged with the engine, or with the engine and the weekday
/// median (an equal-weight combination of unlike methods, the M4/M5 competitions' most reliable gain).
/// </summary>
internal static class ShopCandidates
{
    /// <summary>
    /// The shop-wide model forecasts a mean; MASE rewards the median, which for a product selling a unit or two a day is
    /// lower. So the model's line is read at one of these shares of its mean (or as its median: of a Poisson count for a
    /// product sold unit by unit, of a negative binomial with the product's own dispersion for one sold in lumps — a dozen
    /// on a quarter of the days has a typical day of none), chosen per group.
    /// </summary>
    private static readonly double[] Shares = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5];
    private static readonly string[] Model = [.. Shares.Select(c => $"shop-wide x{c:0.0}"), "shop-wide median"];

    public const int PerProduct = 0;
    public const int WeekdayMedian = 1;
    /// <summary>The shop-wide model read as its median: the default a group keeps unless another candidate clearly beats it.</summary>
    public static readonly int ModelMedian = 2 + Shares.Length;
    /// <summary>
    /// How clearly a candidate must beat the model's median to replace it: its mean MASE over the group's products lower by more
    /// than this many standard errors of the products' paired differences. One held-out window of 28 days picks among 23
    /// candidates; the lowest of them is often lower by chance (decision 0006 measures it).
    /// </summary>
    public const double ClearBy = 2;

    public static readonly string[] Names = ["per-product", "weekday median", .. Model, .. Model.Select(m => $"average, {m}"),
        .. Model.Select(m => $"average of three, {m}")];

    /// <summary>
    /// A group's candidate from its products' held-out MASE (one array per product, indexed as <see cref="Names"/>): the one
    /// with the lowest mean among the model's median and the candidates that beat it clearly (<see cref="ClearBy"/>). The
    /// paired comparison matters: products differ far more from each other than the candidates do on one product.
    /// </summary>
    public static int Choose(IReadOnlyList<double[]> mase)
    {
        bool Clearly(int c)
        {
            if (c == ModelMedian) return true;
            var d = mase.Select(m => m[c] - m[ModelMedian]).ToArray();
            if (d.Length < 2) return false;
            var mean = d.Average();
            var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1));
            return mean < -ClearBy * sd / Math.Sqrt(d.Length);
        }
        return Enumerable.Range(0, Names.Length).Where(Clearly).MinBy(c => mase.Average(m => m[c]));
    }

    /// <summary>Whether candidate c is the shop-wide model alone (not averaged, not a per-product method).</summary>
    public static bool ModelAlone(int c) => c >= 2 && c < 2 + Model.Length;

    /// <summary>Whether candidate c averages the model with the per-product engine.</summary>
    public static bool WithEngine(int c) => c >= 2 + Model.Length && c < 2 + 2 * Model.Length;

    /// <summary>Whether candidate c averages the model with the per-product engine and the weekday median.</summary>
    public static bool OfThree(int c) => c >= 2 + 2 * Model.Length;

    /// <summary>Candidate c's forecast from the per-product engine's, the weekday median's and the shop-wide model's.</summary>
    /// <param name="c">The candidate (an index into <see cref="Names"/>).</param>
    /// <param name="engine">The per-product engine's daily forecast.</param>
    /// <param name="weekdayMedian">The 8-week weekday median's.</param>
    /// <param name="model">The shop-wide model's daily mean.</param>
    /// <param name="dispersion">The product's variance-to-mean ratio of daily units around its level
    /// (<see cref="Stock.DemandNoise.Dispersion"/>, 1 = Poisson): the model's median is read from a negative binomial with it.</param>
    public static double[] Forecast(int c, double[] engine, double[] weekdayMedian, double[] model, double dispersion)
    {
        if (c == PerProduct) return engine;
        if (c == WeekdayMedian) return weekdayMedian;
        var k = (c - 2) % Model.Length;
        var shop = k < Shares.Length ? model.Select(v => v * Shares[k]).ToArray()
            : model.Select(v => (double)Stock.CountQuantile.At(v, v * dispersion, 0.5)).ToArray();
        return ModelAlone(c) ? shop : WithEngine(c) ? shop.Select((v, h) => (v + engine[h]) / 2).ToArray()
            : shop.Select((v, h) => (v + engine[h] + weekdayMedian[h]) / 3).ToArray();
    }
}
