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
        if (d == 0 || GrowthRate(r) <= 1.001) return r; // no root meaningfully outside: skip the O(d³) decomposition
        // Companion matrix of z^d − r[d−1]z^(d−1) − … − r[0].
        var companion = new double[d * d]; // row by row
        for (var i = 1; i < d; i++) companion[i * d + i - 1] = 1;
        for (var i = 0; i < d; i++) companion[i * d + d - 1] = r[i];
        var roots = HessenbergEigenvalues.Of(companion, d)
            ?? Matrix<double>.Build.DenseOfRowMajor(d, d, companion).Evd().EigenValues.ToArray();
        if (roots.All(z => z.Magnitude <= 1 + 1e-9)) return r;
        for (var i = 0; i < roots.Length; i++)
            if (roots[i].Magnitude > 1) roots[i] /= roots[i].Magnitude;
        return Coefficients(roots, d);
    }

    /// <summary>
    /// The spectral radius of the recurrence, estimated by running it (power iteration on its companion matrix, O(d)
    /// a step): the growth of the state's norm per step between steps 100 and 200. A double root at 1 reads slightly
    /// above 1 and goes on to the exact check. The state is a ring (oldest value at <c>head</c>), so a step shifts
    /// nothing; sums still run oldest to newest, so the figure is the same as with a shifted array.
    /// </summary>
    private static double GrowthRate(double[] r)
    {
        var d = r.Length;
        var ring = new double[d];
        for (var j = 0; j < d; j++) ring[j] = 1 + 0.1 * j; // not orthogonal to any eigenvector in practice
        var head = 0;
        var logNorm = 0.0;
        var at100 = 0.0;
        for (var step = 1; step <= 200; step++)
        {
            var next = 0.0;
            for (var j = head; j < d; j++) next += r[j - head] * ring[j];
            for (var j = 0; j < head; j++) next += r[d - head + j] * ring[j];
            ring[head] = next;
            head = head + 1 == d ? 0 : head + 1;
            var squares = 0.0;
            for (var j = head; j < d; j++) squares += ring[j] * ring[j];
            for (var j = 0; j < head; j++) squares += ring[j] * ring[j];
            var norm = Math.Sqrt(squares);
            if (norm == 0 || !double.IsFinite(norm)) return norm == 0 ? 0 : double.PositiveInfinity;
            for (var j = 0; j < d; j++) ring[j] /= norm;
            logNorm += Math.Log(norm);
            if (step == 100) at100 = logNorm;
        }
        return Math.Exp((logNorm - at100) / 100);
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
