namespace MerchantInsights.Analytics.Forecasting;

/// <summary>Why a forecast looks the way it does, in the shop owner's words: the method, why it was chosen, and caveats.</summary>
internal static class ForecastReasons
{
    public static List<string> For(IReadOnlyList<string> keys, double[] y, double zeroShare, List<(string Key, double Mase)> ranking,
        double mase, int origins, int horizon)
    {
        var reasons = keys.Select(k => Method(k, y, zeroShare)).Distinct().ToList();
        if (keys.Count > 1) reasons.Insert(0,
            $"An average of the {keys.Count} methods that forecast this product best, which was more accurate than any one of them alone:");
        var naive = ranking.FirstOrDefault(r => r.Key == "naive");
        var others = ranking.Where(r => !keys.Contains(r.Key) && r.Key != "naive").Take(1).ToList();
        var chosen =
            $"Chosen because it made the smallest errors when we pretended to be at {origins} past dates, one week apart, and forecast " +
            $"the {horizon} days after each: MASE {mase:0.00}";
        if (others.Count > 0) chosen +=
            $"; the best other method, {CandidateForecasts.MethodName(others[0].Key).ToLowerInvariant()}, scored {others[0].Mase:0.00}";
        if (naive.Key is not null && !keys.Contains("naive")) chosen += $"; repeating last week scored {naive.Mase:0.00}";
        reasons.Add(chosen + ". MASE 1.00 is an error as large as a typical week-to-week change.");
        if (zeroShare >= Intermittency.SparseZeroShare)
            reasons.Add($"It sold on only {1 - zeroShare:P0} of days, so single days are hard to predict: read the line as an average " +
                $"and expect wide ranges.");
        reasons.Add("The shaded ranges come from the errors those past forecasts actually made, so they widen where the method was often " +
            "wrong.");
        return reasons;
    }

    private static string Method(string key, double[] y, double zeroShare)
    {
        var rank = CandidateForecasts.RankOf(key);
        var window = CandidateForecasts.DailyWindow(y.Length, null);
        var weeks = y.Length / 7;
        return key switch
        {
            "naive" => "Repeats last week's sales day by day.",
            "profile" => "Takes the average day of the last 4 weeks and shapes it by the weekday pattern of the last 26 weeks.",
            "median" => "Takes, for each weekday, the median of the last 8 such days: robust to one-off spikes.",
            "croston" =>
                "Croston's method (SBA) for occasional sales: the typical order size divided by the typical gap between sales days.",
            _ when key.StartsWith("ssaw") =>
                $"Singular spectrum analysis of weekly totals ({weeks} " +
                    $"weeks{(zeroShare >= Intermittency.SparseZeroShare ? ", because daily sales are sparse" : "")}) with a " +
                    $"{CandidateForecasts.WeeklyWindow(weeks)}-week window"
                + (weeks >= 104 ? " so the yearly pattern (Christmas, summer) can repeat" : "")
                + $", keeping the {rank} strongest patterns; each week is spread over its days by the recent weekday pattern.",
            _ => $"Singular spectrum analysis of the last {y.Length} days through a {window}-day window kept the {rank} strongest " +
                $"patterns (level, trend and weekly rhythm) and treats the rest as noise; "
                 + (key.StartsWith("ssa-v") ? "the patterns are continued as whole weeks (vector forecast)."
                    : key.StartsWith("ssa-mix") ?
                        "its continuation is averaged with the recent level × weekday pattern, which beat either alone."
                    : "the patterns are continued by the recurrence they follow (recurrent forecast)."),
        };
    }
}
