using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Keeps a linear recurrence from exploding: the roots of its characteristic polynomial
/// z^(L−1) − Σ Rⱼ zʲ that lie outside the unit circle are moved onto it, as ML.NET's adaptive SSA does
/// (AdaptiveSingularSpectrumSequenceModeler, "stabilize"), and the coefficients rebuilt from the roots. O(L³).
/// </summary>
internal static class RecurrenceStabiliser
{
    public static double[] Stabilise(double[] r)
    {
        var d = r.Length;
        if (d == 0) return r;
        // Companion matrix of z^d − r[d−1]z^(d−1) − … − r[0].
        var companion = Matrix<double>.Build.Dense(d, d);
        for (var i = 1; i < d; i++) companion[i, i - 1] = 1;
        for (var i = 0; i < d; i++) companion[i, d - 1] = r[i];
        var roots = companion.Evd().EigenValues.ToArray();
        if (roots.All(z => z.Magnitude <= 1 + 1e-9)) return r;
        for (var i = 0; i < roots.Length; i++)
            if (roots[i].Magnitude > 1) roots[i] /= roots[i].Magnitude;
        return Coefficients(roots, d);
    }

    /// <summary>Rebuilds Π(z − zᵢ) = z^d − Σ rⱼzʲ from the roots (complex pairs give real coefficients).</summary>
    private static double[] Coefficients(Complex[] roots, int d)
    {
        var poly = new Complex[d + 1]; // poly[j] is the coefficient of z^j
        poly[0] = Complex.One;
        var degree = 0;
        foreach (var root in roots)
        {
            degree++;
            for (var j = degree; j >= 1; j--) poly[j] = poly[j - 1] - root * poly[j];
            poly[0] = -root * poly[0];
        }
        var r = new double[d];
        for (var j = 0; j < d; j++) r[j] = -poly[j].Real;
        return r;
    }
}
