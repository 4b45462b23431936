namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Splits a series into trend, repeating pattern and noise with SSA (Golyandina &amp; Zhigljavsky §2.4 grouping):
/// components that oscillate slowly (under two mean crossings per window) form the trend, the other leading
/// components holding at least 0.5% of the (uncentred) variance, at most 12, the repeating pattern; the rest is noise. O(L·N + L³).
/// </summary>
public static class SsaDecomposition
{
    /// <summary>The trend, repeating pattern and noise of <paramref name="series"/> (same length), with window length
    /// L = <paramref name="window"/>.</summary>
    public static SsaComponents Decompose(double[] series, int window)
    {
        var n = series.Length;
        if (n < 4) return new SsaComponents(series.ToArray(), new double[n], new double[n], []);
        var l = Math.Clamp(window, 2, n / 2);
        var ssa = Ssa.Fit(series, l, Math.Min(l, 12));
        var total = ssa.Eigenvalues.Sum();
        var shares = ssa.Eigenvalues.Take(ssa.MaxRank).Select(e => total > 0 ? e / total : 0).ToArray();
        var (trend, seasonal) = (new double[n], new double[n]);
        for (var c = 0; c < ssa.MaxRank && shares[c] >= 0.005; c++)
        {
            var component = ssa.Sum(c, c + 1);
            var target = IsSlow(component, l) ? trend : seasonal;
            for (var t = 0; t < n; t++) target[t] += component[t];
        }
        var noise = series.Select((v, t) => v - trend[t] - seasonal[t]).ToArray();
        return new SsaComponents(trend, seasonal, noise, shares);
    }

    /// <summary>A component is trend-like when it changes sign rarely: fewer than two crossings of its mean per window.</summary>
    private static bool IsSlow(double[] component, int window)
    {
        var mean = component.Average();
        var crossings = 0;
        for (var t = 1; t < component.Length; t++)
            if ((component[t] - mean) * (component[t - 1] - mean) < 0) crossings++;
        return crossings < 2.0 * component.Length / window;
    }
}
