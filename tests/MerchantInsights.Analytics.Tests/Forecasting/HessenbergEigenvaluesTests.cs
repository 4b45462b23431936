using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Tests.Forecasting;

public sealed class HessenbergEigenvaluesTests
{
    /// <summary>The companion matrix of z^d − r[d−1]z^(d−1) − … − r[0], as the stabiliser builds it.</summary>
    private static double[] Companion(double[] r)
    {
        var d = r.Length;
        var c = new double[d * d];
        for (var i = 1; i < d; i++) c[i * d + i - 1] = 1;
        for (var i = 0; i < d; i++) c[i * d + d - 1] = r[i];
        return c;
    }

    private static Complex[] Sorted(IEnumerable<Complex> z) => z.OrderBy(v => Math.Round(v.Real, 6)).ThenBy(v => v.Imaginary).ToArray();

    [Fact]
    public void The_roots_of_a_known_polynomial_are_found()
    {
        // (z − 1.1)(z − 0.5)(z² + 1) = z⁴ − 1.6z³ + 1.55z² − 1.6z + 0.55
        var roots = Sorted(HessenbergEigenvalues.Of(Companion([-0.55, 1.6, -1.55, 1.6]), 4)!);
        Complex[] expected = [new(0, -1), new(0, 1), 0.5, 1.1];
        Assert.Equal(4, roots.Length);
        for (var i = 0; i < 4; i++) Assert.True(Complex.Abs(roots[i] - expected[i]) < 1e-9, $"{roots[i]} vs {expected[i]}");
    }

    [Fact]
    public void Companion_matrices_of_ssa_size_get_the_same_eigenvalues_as_a_full_decomposition()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var d = 2 + random.Next(30);
            var r = Enumerable.Range(0, d).Select(_ => (random.NextDouble() - 0.5) * (trial % 3 == 0 ? 0.2 : 1.5)).ToArray();
            var matrix = Companion(r);
            var fast = HessenbergEigenvalues.Of(matrix, d);
            Assert.NotNull(fast);
            var full = Matrix<double>.Build.DenseOfRowMajor(d, d, matrix).Evd().EigenValues.ToArray();
            // Match each root to its nearest (a greedy pairing is enough at these separations).
            var left = full.ToList();
            foreach (var z in fast!)
            {
                var nearest = left.MinBy(v => Complex.Abs(v - z));
                Assert.True(Complex.Abs(nearest - z) < 1e-7 * Math.Max(1, z.Magnitude), $"trial {trial}: {z} vs {nearest}");
                left.Remove(nearest);
            }
        }
    }

    [Fact]
    public void The_matrix_passed_in_is_left_unchanged()
    {
        var matrix = Companion([0.3, -0.2, 0.9]);
        var copy = (double[])matrix.Clone();
        HessenbergEigenvalues.Of(matrix, 3);
        Assert.Equal(copy, matrix);
    }
}
