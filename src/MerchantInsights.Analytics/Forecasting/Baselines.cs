namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// The simple forecasts every engine must beat, and our fallbacks: seasonal naive (repeat last week), recent level ×
/// weekday profile, weekday median of the last 8 weeks, and Croston with the Syntetos–Boylan correction (SBA, 2005)
/// for intermittent demand. Day t of the input has weekday t mod 7 (relative to the series start). O(N) each.
/// </summary>
internal static class Baselines
{
    public static double[] SeasonalNaive(double[] y, int horizon)
    {
        var f = new double[horizon];
        for (var h = 0; h < horizon; h++) f[h] = y[y.Length - 7 + h % 7];
        return f;
    }

    /// <summary>Mean of the last 4 weeks times the weekday shape of the last 26 weeks.</summary>
    public static double[] WeekdayProfile(double[] y, int horizon)
    {
        var n = y.Length;
        var level = Mean(y, n - 28, n);
        var shape = WeekdayShape(y, 182);
        var f = new double[horizon];
        for (var h = 0; h < horizon; h++) f[h] = level * shape[(n + h) % 7];
        return f;
    }

    /// <summary>For each weekday, the median of that weekday over the last 8 weeks.</summary>
    public static double[] WeekdayMedian(double[] y, int horizon)
    {
        var n = y.Length;
        var f = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var same = new List<double>();
            for (var t = n - 7 + h % 7; t >= 0 && same.Count < 8; t -= 7) same.Add(y[t]);
            f[h] = Median(same);
        }
        return f;
    }

    /// <summary>Croston's method with SBA: smoothed demand size over smoothed interval, times (1 − α/2). Flat forecast.</summary>
    public static double[] CrostonSba(double[] y, int horizon, double alpha = 0.1)
    {
        double? size = null, interval = null;
        var since = 1;
        foreach (var v in y)
        {
            if (v > 0)
            {
                size = size is null ? v : size + alpha * (v - size);
                interval = interval is null ? since : interval + alpha * (since - interval);
                since = 1;
            }
            else since++;
        }
        var rate = size is null ? 0 : (1 - alpha / 2) * size.Value / interval!.Value;
        return Enumerable.Repeat(rate, horizon).ToArray();
    }

    /// <summary>Each weekday's share relative to the average day (mean 1) over the last <paramref name="days"/> days; flat when nothing
    /// sold.</summary>
    public static double[] WeekdayShape(double[] y, int days)
    {
        var n = y.Length;
        var sums = new double[7];
        for (var t = Math.Max(0, n - days); t < n; t++) sums[t % 7] += y[t];
        var total = sums.Sum();
        return total <= 0 ? Enumerable.Repeat(1.0, 7).ToArray() : sums.Select(s => 7 * s / total).ToArray();
    }

    public static double Mean(double[] y, int from, int to)
    {
        from = Math.Max(0, from);
        if (to <= from) return 0;
        var sum = 0.0;
        for (var t = from; t < to; t++) sum += y[t];
        return sum / (to - from);
    }

    public static double Median(List<double> values)
    {
        if (values.Count == 0) return 0;
        values.Sort();
        var m = values.Count / 2;
        return values.Count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}
