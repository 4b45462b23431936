using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// Expected units per day from the day after the data ends, each with its day-to-day noise variance and its level
/// error (standard deviation), read from a forecast: the 80% range gives a day's total spread, σ = (upper80 − point) / 1.2816;
/// the product's own lumpiness (<see cref="DemandNoise"/>) is the part of it that is fresh each day, and the rest is
/// level error — the forecast being too high or too low for days on end — which is shared by every day. So the spread
/// of a sum over n days is √(Σ noise + (Σ level)²): it grows like n where level error dominates, not like √n.
/// The level error is capped at <see cref="ReorderOptions.MaxLevelShare"/> of the day's mean.
/// Past the forecast horizon the last week repeats and its level error grows like a random walk (× √(day / horizon)).
/// A flat forecast's Poisson ranges carry no level error, so it gets that of a rate averaged over
/// <see cref="ReorderOptions.FlatRateDays"/> days. Stock needs the mean, while the forecast's point is chosen for
/// MASE and leans to the median — zero for a product selling a unit every few days. So when the point's horizon total
/// is clearly (5%) below the product's recent mean × horizon, the points are scaled up to it (all zero: the recent mean each day)
/// and that rate carries the level error of a recent average too. Limits: level errors are taken as fully shared within the lead time
/// (slightly wide when they are a random walk rather than a fixed offset); the split is only as good as the 80% range.
/// </summary>
public sealed class DemandPath
{
    private const double Z80 = 1.2815515655446004;
    private readonly double[] _mean, _noise, _level;

    private DemandPath(double[] mean, double[] noise, double[] level) => (_mean, _noise, _level) = (mean, noise, level);

    /// <summary>Days the path covers from the day after the data.</summary>
    public int Days => _mean.Length;

    /// <summary>Expected units on day d (0 is the first day after the data).</summary>
    public double Mean(int day) => _mean[day];

    /// <summary>Expected units, noise variance and level error a day for the next <paramref name="days"/> days.</summary>
    /// <param name="forecast">The product's daily forecast (point and 80% range).</param>
    /// <param name="dispersion">The product's lumpiness, variance / mean of a day's units (<see cref="DemandNoise"/>).</param>
    /// <param name="days">Days to cover; past the forecast horizon the last week repeats.</param>
    /// <param name="options">Level-error cap and flat-rate days.</param>
    /// <param name="recentMean">The product's recent level, units a day (<see cref="RecentDemand.Level"/>; 0 when
    /// unknown: no floor).</param>
    public static DemandPath From(DemandForecast forecast, double dispersion, int days, ReorderOptions options, double recentMean = 0)
    {
        var horizon = forecast.Point.Length;
        var (mean, noise, level) = (new double[days], new double[days], new double[days]);
        if (horizon == 0) return new DemandPath(mean, noise, level);
        var week = Math.Min(7, horizon);
        var total = forecast.Point.Sum(p => Math.Max(0, p));
        // 5% slack: a point a hair under the recent mean is a forecast, not a median standing in for a mean.
        var floored = total < 0.95 * recentMean * horizon;
        var flat = floored || forecast.Parameters.GetValueOrDefault("candidates") == "flat";
        for (var d = 0; d < days; d++)
        {
            var i = d < horizon ? d : horizon - week + (d - horizon) % week;
            var point = Math.Max(0, forecast.Point[i]);
            // Floored: the shortfall spread evenly over the days, not the forecast scaled up — a forecast that declines (a season
            // ending) scaled to the recent mean piled a month's demand onto its first days (1.29 a day over 14 days for a product
            // selling 0.64 a day, whose forecast was 0.14).
            var mu = !floored ? point : point + (recentMean - total / horizon);
            mean[d] = mu;
            noise[d] = dispersion * mu;
            var sd = Math.Max(0, forecast.Upper80[i] - point) / Z80;
            var fromRange = Math.Sqrt(Math.Max(0, sd * sd - noise[d]));
            level[d] = flat ? Math.Max(floored ? fromRange : 0, Math.Sqrt(noise[d] / options.FlatRateDays)) : fromRange;
            level[d] = Math.Min(level[d], options.MaxLevelShare * mu);
            if (d >= horizon) level[d] *= Math.Sqrt((d + 1.0) / horizon);
        }
        return new DemandPath(mean, noise, level);
    }

    /// <summary>Mean and variance of the units over the first <paramref name="days"/> days.</summary>
    public (double Mean, double Variance) Total(int days)
    {
        var (mean, noise, level) = (0.0, 0.0, 0.0);
        for (var d = 0; d < days; d++) (mean, noise, level) = (mean + _mean[d], noise + _noise[d], level + _level[d]);
        return (mean, noise + level * level);
    }
}
