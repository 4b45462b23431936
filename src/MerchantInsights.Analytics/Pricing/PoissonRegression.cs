using MathNet.Numerics.LinearAlgebra;

namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Poisson log-linear regression by iteratively reweighted least squares (McCullagh &amp; Nelder, "Generalized Linear
/// Models", §2.5), with the quasi-Poisson dispersion φ = Pearson χ² / (n − k) so standard errors widen for
/// over-dispersed demand (promotions, lumpy orders). An optional offset (a known log exposure per row, here the shop's
/// daily demand index) enters the linear predictor with coefficient 1. O(iterations · n · k²); k is about a dozen here.
/// </summary>
internal sealed record PoissonFit(double[] Coefficients, double[] StandardErrors, double Dispersion, double[] Fitted)
{
    public static PoissonFit? Fit(double[][] x, double[] y, double[]? offset = null, int maxIterations = 30)
    {
        var (n, k) = (y.Length, x[0].Length);
        if (n <= k || y.Sum() <= 0) return null;
        var beta = new double[k];
        beta[0] = Math.Log(y.Average() + 0.1) - (offset is null ? 0 : offset.Average());
        var mu = new double[n];
        Matrix<double>? information = null;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var xtwx = Matrix<double>.Build.Dense(k, k);
            var xtwz = Vector<double>.Build.Dense(k);
            for (var i = 0; i < n; i++)
            {
                var o = offset?[i] ?? 0;
                var eta = Math.Clamp(Dot(x[i], beta) + o, -30, 20);
                mu[i] = Math.Exp(eta);
                var w = Math.Max(mu[i], 1e-8);
                var z = eta - o + (y[i] - mu[i]) / w;
                for (var a = 0; a < k; a++)
                {
                    xtwz[a] += x[i][a] * w * z;
                    for (var b = a; b < k; b++) xtwx[a, b] += x[i][a] * w * x[i][b];
                }
            }
            for (var a = 0; a < k; a++)
            {
                xtwx[a, a] += 1e-6; // keeps a column that never varies (a weekday never sold) from making XᵀWX singular
                for (var b = 0; b < a; b++) xtwx[a, b] = xtwx[b, a];
            }
            information = xtwx;
            var next = xtwx.Cholesky().Solve(xtwz).ToArray();
            var change = next.Zip(beta, (p, q) => Math.Abs(p - q)).Max();
            beta = next;
            if (change < 1e-7) break;
        }
        for (var i = 0; i < n; i++) mu[i] = Math.Exp(Math.Clamp(Dot(x[i], beta) + (offset?[i] ?? 0), -30, 20));
        var pearson = 0.0;
        for (var i = 0; i < n; i++) pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / Math.Max(mu[i], 1e-8);
        var dispersion = Math.Max(1, pearson / (n - k));
        var covariance = information!.Inverse();
        var se = Enumerable.Range(0, k).Select(a => Math.Sqrt(Math.Max(0, covariance[a, a]) * dispersion)).ToArray();
        return new PoissonFit(beta, se, dispersion, mu);
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
