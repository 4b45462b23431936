using MathNet.Numerics.LinearAlgebra;

namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Poisson log-linear regression by iteratively reweighted least squares (McCullagh &amp; Nelder, "Generalized Linear
/// Models", §2.5), with the quasi-Poisson dispersion φ = Pearson χ² / (n − k) so standard errors widen for
/// over-dispersed demand (promotions, lumpy orders). An optional offset (a known log exposure per row, here the shop's
/// daily demand index) enters the linear predictor with coefficient 1. Optional prior weights: a row counts that much
/// (a day whose price is uncertain appears once per possible price, weighted by its probability). Optional groups:
/// rows with the same group number are one observation whose count is their sum, expected Σ w·μ (a composite link,
/// Thompson &amp; Baker 1981: the Fisher scoring row is the μ-weighted mean of the group's rows); a promotion and the
/// days after it are read this way so stocking up nets out. A start (the previous fit) lets a refit after new weights
/// take two or three iterations. O(iterations · n · k²); k is about a dozen here.
/// </summary>
internal sealed record PoissonFit(double[] Coefficients, double[] StandardErrors, double Dispersion, double[] Fitted)
{
    public static PoissonFit? Fit(double[][] x, double[] y, double[]? offset = null, int maxIterations = 30, double[]? weights = null,
        double[]? start = null, int[]? groups = null, int[]? days = null)
    {
        var (n, k) = (y.Length, x[0].Length);
        var observations = Observations(n, groups);
        double Weight(int i) => weights?[i] ?? 1;
        // A lone row counts by its weight; inside a group the weights mix the rows and the group counts once.
        double ObservationWeight(int[] rows) => rows.Length == 1 ? Weight(rows[0]) : 1;
        var count = observations.Sum(ObservationWeight);
        if (count <= k + 0.5 || y.Sum() <= 0) return null;
        var beta = start is { } s && s.Length == k ? (double[])s.Clone() : new double[k];
        if (start is null) beta[0] = Math.Log(y.Average() + 0.1) - (offset is null ? 0 : offset.Average());
        var mu = new double[n];
        var mean = new double[k];
        Matrix<double>? information = null;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var xtwx = Matrix<double>.Build.Dense(k, k);
            var xtwz = Vector<double>.Build.Dense(k);
            for (var i = 0; i < n; i++) mu[i] = Math.Exp(Math.Clamp(Dot(x[i], beta) + (offset?[i] ?? 0), -30, 20));
            foreach (var rows in observations)
            {
                var (expected, sold) = Sum(rows, mu, y, x, mean, weights);
                var w = Math.Max(expected, 1e-8);
                var z = Dot(mean, beta) + (sold - expected) / w;
                w *= ObservationWeight(rows);
                if (w <= 0) continue;
                for (var a = 0; a < k; a++)
                {
                    xtwz[a] += mean[a] * w * z;
                    for (var b = a; b < k; b++) xtwx[a, b] += mean[a] * w * mean[b];
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
        foreach (var rows in observations)
        {
            var (expected, sold) = Sum(rows, mu, y, x, mean, weights);
            pearson += ObservationWeight(rows) * (sold - expected) * (sold - expected) / Math.Max(expected, 1e-8);
        }
        var dispersion = Math.Max(1, pearson / (count - k));
        var covariance = information!.Inverse();
        var se = Enumerable.Range(0, k).Select(a => Math.Sqrt(Math.Max(0, covariance[a, a]) * dispersion)).ToArray();
        if (days is not null)
        {
            // With the rows' days known, errors also allow for shocks lasting several days; the larger of the two counts.
            var scores = observations.Select(rows =>
            {
                var (expected, sold) = Sum(rows, mu, y, x, mean, weights);
                var residual = ObservationWeight(rows) * (sold - expected);
                return (days[rows[0]], mean.Select(m => m * residual).ToArray());
            }).ToList();
            var serial = SerialCorrelation.StandardErrors(covariance, scores);
            for (var a = 0; a < k; a++) se[a] = Math.Max(se[a], serial[a]);
        }
        return new PoissonFit(beta, se, dispersion, mu);
    }

    /// <summary>Each row alone, except rows sharing a group number (≥ 0), which form one observation.</summary>
    private static int[][] Observations(int n, int[]? groups)
    {
        if (groups is null) return Singletons(n);
        var result = new List<List<int>>(n);
        var position = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            if (groups[i] < 0) { result.Add([i]); continue; }
            if (!position.TryGetValue(groups[i], out var o)) { position[groups[i]] = o = result.Count; result.Add([]); }
            result[o].Add(i);
        }
        return [.. result.Select(r => r.ToArray())];
    }

    private static int[][] _singletons = [];

    /// <summary>One single-row observation per row, shared between fits (read-only), so a refit allocates nothing for it.</summary>
    private static int[][] Singletons(int n)
    {
        var known = _singletons;
        if (known.Length >= n) return n == known.Length ? known : known[..n];
        var grown = Enumerable.Range(0, Math.Max(n, 2 * known.Length)).Select(i => new[] { i }).ToArray();
        _singletons = grown;
        return n == grown.Length ? grown : grown[..n];
    }

    /// <summary>An observation's expected and sold units, and its μ-weighted mean design row (into <paramref name="mean"/>).</summary>
    private static (double Expected, double Sold) Sum(int[] rows, double[] mu, double[] y, double[][] x, double[] mean, double[]? weights)
    {
        if (rows.Length == 1)
        {
            Array.Copy(x[rows[0]], mean, mean.Length);
            return (mu[rows[0]], y[rows[0]]);
        }
        Array.Clear(mean);
        var (expected, sold) = (0.0, 0.0);
        foreach (var i in rows)
        {
            var m = (weights?[i] ?? 1) * mu[i];
            expected += m;
            sold += (weights?[i] ?? 1) * y[i];
            for (var a = 0; a < mean.Length; a++) mean[a] += m * x[i][a];
        }
        for (var a = 0; a < mean.Length; a++) mean[a] /= Math.Max(expected, 1e-300);
        return (expected, sold);
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
