namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Every forecast the back-test compares, made from one training series: daily SSA (recurrent and vector, several
/// ranks, sharing one decomposition), SSA on weekly totals spread by the weekday shape (lets a yearly pattern in and
/// suits sparse products), daily SSA averaged with the weekday profile, and the simple baselines.
/// </summary>
internal static class CandidateForecasts
{
    public static readonly int[] DailyRanks = [1, 2, 3, 4, 6, 8];
    public static readonly int[] WeeklyRanks = [1, 2, 3, 4, 6];

    /// <summary>SSA window in days: four weeks, or less (a multiple of 7) when the history is short.</summary>
    public static int DailyWindow(int trainLength, int? requested) =>
        Math.Max(7, Math.Min(requested is { } w ? Math.Max(7, w / 7 * 7) : 28, trainLength / 2 / 7 * 7));

    /// <summary>Weekly window: a year (52 weeks) once two years are there, so Christmas and summer repeat; else half the weeks.</summary>
    public static int WeeklyWindow(int weeks) => weeks >= 104 ? 52 : Math.Max(2, weeks / 2);

    /// <summary>
    /// Every candidate's forecast, or only the families of <paramref name="wanted"/> (the final fit needs just the chosen
    /// ones, which spares the SSA fits when a simple method won).
    /// </summary>
    public static Dictionary<string,
        double[]> All(double[] y, int horizon, ForecastOptions options, bool intermittent, IReadOnlyCollection<string>? wanted = null)
    {
        var result = new Dictionary<string, double[]>
        {
            ["naive"] = Baselines.SeasonalNaive(y, horizon),
            ["profile"] = Baselines.WeekdayProfile(y, horizon),
            ["median"] = Baselines.WeekdayMedian(y, horizon),
        };
        if (intermittent) result["croston"] = Baselines.CrostonSba(y, horizon);
        if (wanted is null || wanted.Any(k => k.StartsWith("ssa-"))) AddDaily(result, y, horizon, options);
        if (wanted is null || wanted.Any(k => k.StartsWith("ssaw"))) AddWeekly(result, y, horizon);
        foreach (var f in result.Values)
            for (var h = 0; h < f.Length; h++) f[h] = double.IsFinite(f[h]) ? Math.Max(0, f[h]) : 0;
        return result;
    }

    private static void AddDaily(Dictionary<string, double[]> result, double[] y, int horizon, ForecastOptions options)
    {
        var window = DailyWindow(y.Length, options.WindowSize);
        var ssa = Ssa.Fit(y, window, DailyRanks.Max());
        foreach (var rank in options.Rank is { } fixedRank ? [fixedRank] : DailyRanks)
        {
            if (rank > ssa.MaxRank) continue;
            if (ssa.ForecastRecurrent(rank, horizon) is { } rec)
            {
                result[$"ssa-r{rank}"] = rec;
                result[$"ssa-mix{rank}"] = rec.Select((v, h) => (v + result["profile"][h]) / 2).ToArray();
            }
            if (ssa.ForecastVector(rank, horizon) is { } vec) result[$"ssa-v{rank}"] = vec;
        }
    }

    private static void AddWeekly(Dictionary<string, double[]> result, double[] y, int horizon)
    {
        var weeks = y.Length / 7;
        if (weeks < 8) return;
        var totals = new double[weeks];
        for (var w = 0; w < weeks; w++) totals[w] = Baselines.Mean(y, y.Length - 7 * (weeks - w), y.Length - 7 * (weeks - w - 1)) * 7;
        var ssa = Ssa.Fit(totals, WeeklyWindow(weeks), WeeklyRanks.Max());
        var shape = Baselines.WeekdayShape(y, 182);
        foreach (var rank in WeeklyRanks)
        {
            if (rank > ssa.MaxRank || ssa.ForecastRecurrent(rank, horizon / 7 + 1) is not { } weekly) continue;
            result[$"ssaw-r{rank}"] = Enumerable.Range(0, horizon).Select(h => weekly[h / 7] / 7 * shape[(y.Length + h) % 7]).ToArray();
        }
    }

    /// <summary>How a candidate key reads on screen.</summary>
    public static string MethodName(string key) => key switch
    {
        "naive" => "Repeat last week",
        "profile" => "Recent level × weekday pattern",
        "median" => "Weekday median of 8 weeks",
        "croston" => "Croston (SBA) for occasional sales",
        _ when key.StartsWith("ssa-r") => "SSA (recurrent)",
        _ when key.StartsWith("ssa-v") => "SSA (vector)",
        _ when key.StartsWith("ssa-mix") => "SSA + weekday pattern",
        _ when key.StartsWith("ssaw-r") => "SSA on weekly totals",
        _ => key,
    };

    public static int? RankOf(string key) =>
        key.StartsWith("ssa") && int.TryParse(key[(key.IndexOfAny("0123456789".ToCharArray()))..], out var r) ? r : null;
}
