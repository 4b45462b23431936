namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Rolling-origin back-test: from each origin (one week apart, the last one a horizon before the end) every candidate
/// forecasts the horizon from the data before it. Errors are kept per candidate, origin and step, so the MASE
/// (seasonal period 7, scaled by the in-sample mean |yₜ − yₜ₋₇| before each origin) of any candidate or average of
/// candidates can be measured, and the chosen one's errors give the intervals.
/// </summary>
internal sealed class Backtest
{
    private readonly Dictionary<string, double[][]> _errors = [];
    private readonly List<double> _scales = [];
    private readonly List<double> _levels = [];

    public int Origins => _scales.Count;
    public int Horizon { get; }

    private Backtest(int horizon) => Horizon = horizon;

    public static Backtest Run(double[] y, int horizon, int origins, int minTrain, ForecastOptions options, bool intermittent)
    {
        var test = new Backtest(horizon);
        var usable = Enumerable.Range(0, origins).Select(o => y.Length - horizon - 7 * o).Where(o => o >= minTrain).ToList();
        foreach (var origin in usable)
        {
            var train = y[..origin];
            var o = test._scales.Count;
            test._scales.Add(Scale(train));
            test._levels.Add(Level(train));
            foreach (var (key, forecast) in CandidateForecasts.All(train, horizon, options, intermittent))
            {
                if (!test._errors.TryGetValue(key, out var byOrigin)) test._errors[key] = byOrigin = new double[usable.Count][];
                byOrigin[o] = Enumerable.Range(0, horizon).Select(h => y[origin + h] - forecast[h]).ToArray();
            }
        }
        return test;
    }

    /// <summary>Candidates measured on every origin, best (lowest mean MASE) first.</summary>
    public List<(string Key, double Mase)> Ranking() =>
        _errors.Where(e => e.Value.All(o => o is not null)).Select(e => (e.Key, Mase([e.Key]))).OrderBy(m => m.Item2).ToList();

    /// <summary>Mean MASE over origins of the average of these candidates' forecasts.</summary>
    public double Mase(IReadOnlyList<string> keys)
    {
        if (keys.Any(k => !_errors.ContainsKey(k)) || Origins == 0) return double.NaN;
        var total = 0.0;
        for (var o = 0; o < Origins; o++) total += Errors(keys, o).Average(Math.Abs) / _scales[o];
        return total / Origins;
    }

    /// <summary>
    /// The errors (actual − forecast) of the average of these candidates relative to the sales level at their origin,
    /// pooled by week of the horizon and sorted: errors grow with volume (a Christmas peak), so bands scale with the level.
    /// </summary>
    public double[][] RelativeErrorsByWeek(IReadOnlyList<string> keys)
    {
        var weeks = (Horizon + 6) / 7;
        var all = Enumerable.Range(0, Origins).Select(o => Errors(keys, o).Select(e => e / _levels[o]).ToArray()).ToList();
        return Enumerable.Range(0, weeks).Select(w => all.SelectMany(e => e.Skip(7 * w).Take(7)).Order().ToArray()).ToArray();
    }

    /// <summary>
    /// The average of these candidates' forecasts of the horizon starting <paramref name="daysBeforeEnd"/> days before
    /// the end (a horizon: the last origin); null when no origin was back-tested there.
    /// </summary>
    public double[]? ForecastFromOrigin(IReadOnlyList<string> keys, double[] y, int daysBeforeEnd)
    {
        var o = (daysBeforeEnd - Horizon) / 7;
        if (daysBeforeEnd < Horizon || (daysBeforeEnd - Horizon) % 7 != 0 || o >= Origins
            || keys.Any(k => !_errors.ContainsKey(k) || _errors[k][o] is null)) return null;
        var e = Errors(keys, o);
        var start = y.Length - daysBeforeEnd;
        return Enumerable.Range(0, Horizon).Select(h => Math.Max(0, y[start + h] - e[h])).ToArray();
    }

    private double[] Errors(IReadOnlyList<string> keys, int origin)
    {
        var e = new double[Horizon];
        foreach (var key in keys)
            for (var h = 0; h < Horizon; h++) e[h] += _errors[key][origin][h] / keys.Count;
        return e;
    }

    /// <summary>The recent sales level (mean of the last 4 weeks), smoothed so a quiet month does not divide by zero.</summary>
    public static double Level(double[] y) => Baselines.Mean(y, y.Length - 28, y.Length) + 0.1;

    public static double Scale(double[] y)
    {
        var sum = 0.0;
        for (var t = 7; t < y.Length; t++) sum += Math.Abs(y[t] - y[t - 7]);
        var scale = y.Length > 7 ? sum / (y.Length - 7) : 0;
        return scale > 0 ? scale : Math.Max(1e-9, y.Average());
    }
}
