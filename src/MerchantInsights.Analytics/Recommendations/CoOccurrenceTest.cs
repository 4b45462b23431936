using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Significance of a co-occurrence count: Poisson upper tail, Benjamini–Hochberg control, and a Poisson lower bound of
/// lift.</summary>
internal static class CoOccurrenceTest
{
    /// <summary>P(X ≥ k) for X ~ Poisson(mean): the chance of k or more joint baskets when chance alone predicts <paramref name="mean"/>.
    /// Conservative for a sum of hypergeometric counts, whose variance is below their mean.</summary>
    public static double PoissonUpperTail(int k, double mean) =>
        k <= 0 ? 1 : mean <= 0 ? 0 : SpecialFunctions.GammaLowerRegularized(k, mean);

    /// <summary>Benjamini–Hochberg adjusted p-values for <paramref name="pValues"/> out of <paramref name="totalTests"/> tests (untested
    /// ones count as p = 1).</summary>
    public static double[] AdjustBenjaminiHochberg(IReadOnlyList<double> pValues, long totalTests)
    {
        var order = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[pValues.Count];
        var running = 1.0;
        for (var r = order.Length - 1; r >= 0; r--)
        {
            var i = order[r];
            running = Math.Min(running, pValues[i] * totalTests / (r + 1));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /// <summary>One-sided lower confidence bound of a Poisson mean given k observations (exact, via the Gamma quantile).</summary>
    public static double PoissonLowerBound(int k, double confidence) =>
        k <= 0 ? 0 : Gamma.InvCDF(k, 1, 1 - confidence);
}
