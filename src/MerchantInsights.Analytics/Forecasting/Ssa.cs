using MathNet.Numerics.LinearAlgebra;

namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Basic singular spectrum analysis (Golyandina &amp; Zhigljavsky, "Singular Spectrum Analysis for Time Series", 2nd ed.,
/// §2.1): trajectory matrix X (L × K, K = N − L + 1) of lagged windows, eigen-decomposition of the lag-covariance
/// XXᵀ, elementary reconstructed components by diagonal averaging, and recurrent (§3.1.1) and vector (§3.1.2)
/// forecasting from the leading r components. Cost: O(L·K + L²) to build XXᵀ, O(L³) for the decomposition, done once
/// and shared by every rank; O(r·L·K) for the components. Limits: the series is used as is (no centring), so the
/// first component carries the level; forecasting needs ν² &lt; 1 (the last coordinates of the kept eigenvectors).
/// </summary>
internal sealed class Ssa
{
    private readonly double[] _series;
    private readonly double[][] _u;          // leading eigenvectors, each of length L
    private readonly double[][] _components; // elementary reconstructed components, each of length N

    private Ssa(double[] series, int window, double[][] u, double[] eigenvalues, double[][] components)
    {
        _series = series;
        Window = window;
        _u = u;
        Eigenvalues = eigenvalues;
        _components = components;
    }

    public int Window { get; }
    public double[] Eigenvalues { get; }
    public int MaxRank => _u.Length;

    public static Ssa Fit(ReadOnlySpan<double> series, int window, int maxRank)
    {
        var x = series.ToArray();
        var (n, l) = (x.Length, window);
        var k = n - l + 1;
        var covariance = LagCovariance(x, l, k);
        var evd = Matrix<double>.Build.DenseOfArray(covariance).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var order = Enumerable.Range(0, l).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var rank = Math.Min(maxRank, l);
        var u = new double[rank][];
        var components = new double[rank][];
        for (var c = 0; c < rank; c++)
        {
            u[c] = evd.EigenVectors.Column(order[c]).ToArray();
            components[c] = Hankelise(u[c], Project(x, u[c], k), n);
        }
        return new Ssa(x, l, u, order.Select(i => Math.Max(0, evd.EigenValues[i].Real)).ToArray(), components);
    }

    /// <summary>The sum of the first <paramref name="rank"/> elementary components: the series' signal.</summary>
    public double[] Reconstruct(int rank) => Sum(0, rank);

    public double[] Sum(int from, int to)
    {
        var result = new double[_series.Length];
        for (var c = from; c < Math.Min(to, _components.Length); c++)
            for (var t = 0; t < result.Length; t++) result[t] += _components[c][t];
        return result;
    }

    /// <summary>The weights of the linear recurrence yₙ = Σ Rⱼ yₙ₋ₗ₊₁₊ⱼ, roots pulled inside the unit circle; null when ν² ≈ 1.</summary>
    public double[]? Recurrence(int rank) => _recurrences.TryGetValue(rank, out var known) ? known
        : _recurrences[rank] = ComputeRecurrence(rank);

    private readonly Dictionary<int, double[]?> _recurrences = [];

    private double[]? ComputeRecurrence(int rank)
    {
        var l = Window;
        var nu2 = 0.0;
        for (var c = 0; c < rank; c++) nu2 += _u[c][l - 1] * _u[c][l - 1];
        if (nu2 > 1 - 1e-6) return null;
        var r = new double[l - 1];
        for (var c = 0; c < rank; c++)
            for (var j = 0; j < l - 1; j++) r[j] += _u[c][l - 1] * _u[c][j] / (1 - nu2);
        return RecurrenceStabiliser.Stabilise(r);
    }

    /// <summary>Recurrent forecast: continue the reconstructed series with the recurrence (§3.1.1).</summary>
    public double[]? ForecastRecurrent(int rank, int horizon)
    {
        if (Recurrence(rank) is not { } r) return null;
        var signal = Reconstruct(rank);
        var y = new double[signal.Length + horizon];
        signal.CopyTo(y, 0);
        for (var t = signal.Length; t < y.Length; t++)
        {
            var sum = 0.0;
            for (var j = 0; j < r.Length; j++) sum += r[j] * y[t - r.Length + j];
            y[t] = sum;
        }
        return y[signal.Length..];
    }

    /// <summary>
    /// Vector forecast (§3.1.2): extend the reconstructed lag vectors with P(Y) = [Π·Y^△; Rᵀ·Y^△], where Π projects on
    /// the span of the kept eigenvectors without their last coordinate, then diagonal-average the extended matrix.
    /// </summary>
    public double[]? ForecastVector(int rank, int horizon)
    {
        if (Recurrence(rank) is not { } r) return null;
        var (l, n) = (Window, _series.Length);
        var k = n - l + 1;
        var steps = horizon + l - 1;
        // Π = V▽V▽ᵀ + (1 − ν²)RRᵀ, applied as V▽(V▽ᵀy) + (1 − ν²)R(Rᵀy) to stay O(r·L) per step.
        var nu2 = 0.0;
        for (var c = 0; c < rank; c++) nu2 += _u[c][l - 1] * _u[c][l - 1];
        var columns = new double[l - 1 + steps][]; // the last L − 1 reconstructed lag vectors, then the new ones
        for (var i = 0; i < l - 1; i++) columns[i] = LagVector(rank, k - (l - 1) + i);
        for (var s = 0; s < steps; s++)
        {
            var previous = columns[l - 2 + s];
            var tail = previous.AsSpan(1).ToArray();
            var next = new double[l];
            for (var c = 0; c < rank; c++)
            {
                var dot = 0.0;
                for (var j = 0; j < l - 1; j++) dot += _u[c][j] * tail[j];
                for (var j = 0; j < l - 1; j++) next[j] += _u[c][j] * dot;
            }
            var rDot = 0.0;
            for (var j = 0; j < l - 1; j++) rDot += r[j] * tail[j];
            for (var j = 0; j < l - 1; j++) next[j] += (1 - nu2) * r[j] * rDot;
            next[l - 1] = rDot;
            columns[l - 1 + s] = next;
        }
        // Anti-diagonal t of the extended matrix (t ≥ N) averages entries (row j, column t − j) over the columns held.
        var forecast = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var t = n + h;
            var (sum, count) = (0.0, 0);
            for (var j = 0; j < l; j++)
            {
                var column = t - j - (k - (l - 1));
                if (column < 0 || column >= columns.Length) continue;
                sum += columns[column][j];
                count++;
            }
            forecast[h] = count == 0 ? 0 : sum / count;
        }
        return forecast;
    }

    private double[] LagVector(int rank, int column)
    {
        var v = new double[Window];
        for (var c = 0; c < rank; c++)
        {
            var coefficient = 0.0;
            for (var j = 0; j < Window; j++) coefficient += _u[c][j] * _series[column + j];
            for (var j = 0; j < Window; j++) v[j] += _u[c][j] * coefficient;
        }
        return v;
    }

    /// <summary>XXᵀ without forming X: the first row by sums, the rest by sliding (C[i+1,j+1] = C[i,j] − xᵢxⱼ + xᵢ₊ₖxⱼ₊ₖ).</summary>
    private static double[,] LagCovariance(double[] x, int l, int k)
    {
        var c = new double[l, l];
        for (var j = 0; j < l; j++)
        {
            var sum = 0.0;
            for (var t = 0; t < k; t++) sum += x[t] * x[t + j];
            c[0, j] = c[j, 0] = sum;
        }
        for (var i = 1; i < l; i++)
            for (var j = i; j < l; j++)
                c[i, j] = c[j, i] = c[i - 1, j - 1] - x[i - 1] * x[j - 1] + x[i - 1 + k] * x[j - 1 + k];
        return c;
    }

    /// <summary>Coefficients Vₖ = Uᵀ·(column k of X).</summary>
    private static double[] Project(double[] x, double[] u, int k)
    {
        var v = new double[k];
        for (var col = 0; col < k; col++)
        {
            var sum = 0.0;
            for (var j = 0; j < u.Length; j++) sum += u[j] * x[col + j];
            v[col] = sum;
        }
        return v;
    }

    /// <summary>Diagonal averaging of the rank-one matrix U·Vᵀ into a series of length N.</summary>
    internal static double[] Hankelise(double[] u, double[] v, int n)
    {
        var sum = new double[n];
        var count = new int[n];
        for (var j = 0; j < u.Length; j++)
            for (var col = 0; col < v.Length; col++)
            {
                sum[j + col] += u[j] * v[col];
                count[j + col]++;
            }
        for (var t = 0; t < n; t++) sum[t] /= count[t];
        return sum;
    }
}
