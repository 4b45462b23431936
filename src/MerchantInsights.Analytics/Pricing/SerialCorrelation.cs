using MathNet.Numerics.LinearAlgebra;

namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Standard errors that allow for demand shocks lasting several days (a stock-out, a launch, a category's own season,
/// buyers stocking up): the Newey–West (1987) sandwich, Var(β̂) = I⁻¹ (Σ_l w_l Γ_l) I⁻¹ with Γ_l the lag-l
/// autocovariance of the daily score contributions x·(y − μ) and Bartlett weights w_l = 1 − l/(L + 1). When residuals
/// are independent (a well-specified Poisson model) it matches the model's own errors; when unmodelled shocks persist
/// while the price also stays put for days, the model's errors are too small and these are not. The bandwidth is
/// Newey–West's rule L = ⌊4 (days/100)^(2/9)⌋. O(days · k · L).
/// </summary>
internal static class SerialCorrelation
{
    /// <param name="covariance">The inverse Fisher information (I⁻¹).</param>
    /// <param name="scores">Per observation, its day and its score contribution x̃·(y − μ) (already weighted).</param>
    public static double[] StandardErrors(Matrix<double> covariance, IReadOnlyList<(int Day, double[] Score)> scores)
    {
        var k = covariance.RowCount;
        if (scores.Count == 0) return new double[k];
        var first = scores.Min(s => s.Day);
        var span = scores.Max(s => s.Day) - first + 1;
        var u = new double[span, k]; // per day: I⁻¹ × the day's summed scores
        foreach (var (day, score) in scores)
            for (var a = 0; a < k; a++)
            {
                var sum = 0.0;
                for (var b = 0; b < k; b++) sum += covariance[a, b] * score[b];
                u[day - first, a] += sum;
            }
        var lags = (int)Math.Floor(4 * Math.Pow(scores.Count / 100.0, 2.0 / 9));
        var se = new double[k];
        for (var a = 0; a < k; a++)
        {
            var variance = 0.0;
            for (var t = 0; t < span; t++) variance += u[t, a] * u[t, a];
            for (var l = 1; l <= lags; l++)
            {
                var (w, lagged) = (1 - l / (lags + 1.0), 0.0);
                for (var t = l; t < span; t++) lagged += u[t, a] * u[t - l, a];
                variance += 2 * w * lagged;
            }
            se[a] = Math.Sqrt(Math.Max(0, variance));
        }
        return se;
    }
}
