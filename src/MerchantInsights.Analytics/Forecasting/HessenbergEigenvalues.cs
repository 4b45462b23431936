using System.Numerics;

namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// The eigenvalues of an upper Hessenberg matrix (a recurrence's companion matrix already is one) by the Francis
/// double-shift QR iteration, without eigenvectors: EISPACK's hqr (Wilkinson &amp; Reinsch, Handbook for Automatic
/// Computation II, 1971; Golub &amp; Van Loan, Matrix Computations §7.5). About 10n³ flops, against a general
/// eigen-decomposition's Hessenberg reduction and accumulated Schur vectors, so the stabiliser's root check costs about
/// a third. Limits: no balancing (as before); null when an eigenvalue has not converged after 30 iterations, so the
/// caller can fall back to a full decomposition.
/// </summary>
internal static class HessenbergEigenvalues
{
    private const int MaxIterations = 30;

    /// <summary>The n eigenvalues of the upper Hessenberg matrix <paramref name="matrix"/> (n × n, row by row; entries below
    /// the subdiagonal ignored; the array is not changed), or null when the iteration did not converge.</summary>
    public static Complex[]? Of(double[] matrix, int n)
    {
        // 1-based copy (flat, row stride n + 1), as in the published algorithm, so the indices can be checked against it.
        var s1 = n + 1; // row stride
        var a = new double[s1 * s1];
        var norm = 0.0;
        for (var i = 1; i <= n; i++)
            for (var j = Math.Max(i - 1, 1); j <= n; j++)
            {
                a[i * s1 + j] = matrix[(i - 1) * n + j - 1];
                norm += Math.Abs(a[i * s1 + j]);
            }
        var (re, im) = (new double[n + 1], new double[n + 1]);
        var (nn, shift) = (n, 0.0);
        while (nn >= 1)
        {
            var its = 0;
            int l;
            do
            {
                // Look for a negligible subdiagonal element: it splits off the trailing block.
                for (l = nn; l >= 2; l--)
                {
                    var s = Math.Abs(a[(l - 1) * s1 + l - 1]) + Math.Abs(a[l * s1 + l]);
                    if (s == 0) s = norm;
                    if (Math.Abs(a[l * s1 + l - 1]) + s == s)
                    {
                        a[l * s1 + l - 1] = 0;
                        break;
                    }
                }
                var x = a[nn * s1 + nn];
                if (l == nn)
                {
                    (re[nn], im[nn]) = (x + shift, 0);
                    nn--;
                    continue;
                }
                var y = a[(nn - 1) * s1 + nn - 1];
                var w = a[nn * s1 + nn - 1] * a[(nn - 1) * s1 + nn];
                if (l == nn - 1)
                {
                    TwoByTwo(x, y, w, shift, re, im, nn);
                    nn -= 2;
                    continue;
                }
                if (its == MaxIterations) return null;
                if (its is 10 or 20)
                {
                    // Exceptional shift.
                    shift += x;
                    for (var i = 1; i <= nn; i++) a[i * s1 + i] -= x;
                    var s = Math.Abs(a[nn * s1 + nn - 1]) + Math.Abs(a[(nn - 1) * s1 + nn - 2]);
                    y = x = 0.75 * s;
                    w = -0.4375 * s * s;
                }
                its++;
                Sweep(a, s1, l, nn, x, y, w);
            } while (l < nn - 1);
        }
        return Enumerable.Range(1, n).Select(i => new Complex(re[i], im[i])).ToArray();
    }

    /// <summary>The two eigenvalues of the trailing 2 × 2 block [y, ·; ·, x] with off-diagonal product w.</summary>
    private static void TwoByTwo(double x, double y, double w, double shift, double[] re, double[] im, int nn)
    {
        var p = 0.5 * (y - x);
        var q = p * p + w;
        var z = Math.Sqrt(Math.Abs(q));
        x += shift;
        if (q >= 0)
        {
            z = p + (p >= 0 ? Math.Abs(z) : -Math.Abs(z));
            re[nn - 1] = re[nn] = x + z;
            if (z != 0) re[nn] = x - w / z;
            im[nn - 1] = im[nn] = 0;
        }
        else
        {
            re[nn - 1] = re[nn] = x + p;
            (im[nn - 1], im[nn]) = (-z, z);
        }
    }

    /// <summary>One implicit double-shift QR step on rows and columns l..nn (shifts from x, y, w).</summary>
    private static void Sweep(double[] a, int s1, int l, int nn, double x, double y, double w)
    {
        double p = 0, q = 0, r = 0, z;
        int m;
        // Two consecutive small subdiagonal elements: start the bulge there.
        for (m = nn - 2; m >= l; m--)
        {
            z = a[m * s1 + m];
            r = x - z;
            var s = y - z;
            p = (r * s - w) / a[(m + 1) * s1 + m] + a[m * s1 + m + 1];
            q = a[(m + 1) * s1 + m + 1] - z - r - s;
            r = a[(m + 2) * s1 + m + 1];
            s = Math.Abs(p) + Math.Abs(q) + Math.Abs(r);
            (p, q, r) = (p / s, q / s, r / s);
            if (m == l) break;
            var u = Math.Abs(a[m * s1 + m - 1]) * (Math.Abs(q) + Math.Abs(r));
            var v = Math.Abs(p) * (Math.Abs(a[(m - 1) * s1 + m - 1]) + Math.Abs(z) + Math.Abs(a[(m + 1) * s1 + m + 1]));
            if (u + v == v) break;
        }
        for (var i = m + 2; i <= nn; i++)
        {
            a[i * s1 + i - 2] = 0;
            if (i != m + 2) a[i * s1 + i - 3] = 0;
        }
        for (var k = m; k <= nn - 1; k++)
        {
            if (k != m)
            {
                p = a[k * s1 + k - 1];
                q = a[(k + 1) * s1 + k - 1];
                r = k != nn - 1 ? a[(k + 2) * s1 + k - 1] : 0;
                x = Math.Abs(p) + Math.Abs(q) + Math.Abs(r);
                if (x != 0) (p, q, r) = (p / x, q / x, r / x);
            }
            var s = Math.Sqrt(p * p + q * q + r * r);
            if (p < 0) s = -s;
            if (s == 0) continue;
            if (k == m)
            {
                if (l != m) a[k * s1 + k - 1] = -a[k * s1 + k - 1];
            }
            else a[k * s1 + k - 1] = -s * x;
            p += s;
            x = p / s;
            y = q / s;
            z = r / s;
            q /= p;
            r /= p;
            for (var j = k; j <= nn; j++)
            {
                p = a[k * s1 + j] + q * a[(k + 1) * s1 + j];
                if (k != nn - 1)
                {
                    p += r * a[(k + 2) * s1 + j];
                    a[(k + 2) * s1 + j] -= p * z;
                }
                a[(k + 1) * s1 + j] -= p * y;
                a[k * s1 + j] -= p * x;
            }
            var last = Math.Min(nn, k + 3);
            for (var i = l; i <= last; i++)
            {
                p = x * a[i * s1 + k] + y * a[i * s1 + k + 1];
                if (k != nn - 1)
                {
                    p += z * a[i * s1 + k + 2];
                    a[i * s1 + k + 2] -= p * r;
                }
                a[i * s1 + k + 1] -= p * q;
                a[i * s1 + k] -= p;
            }
        }
    }
}
