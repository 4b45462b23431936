using System.Globalization;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Forecasts one product's daily demand. SSA (see <see cref="Ssa"/>) with its window, rank, recurrent or vector
/// forecasting and daily or weekly aggregation chosen by a rolling-origin back-test against simple methods, which
/// win where they forecast better; prediction intervals are empirical quantiles of the chosen method's back-test
/// errors per week of the horizon, clipped at zero. Thread-safe (no shared state). Cost: about 9 SSA fits (L ≤ 28,
/// O(L·N + L³)) per product. Limits: intervals come from at most 8 overlapping back-tests, so they are coarse for
/// short histories; holidays are learned only through the yearly pattern of weekly totals.
/// </summary>
public static class DemandForecaster
{
    /// <summary>The daily units forecast for the next <c>options.Horizon</c> days with its 80% interval, chosen by back-test.</summary>
    public static DemandForecast Forecast(DemandHistory history, ForecastOptions options) =>
        ForecastPlausibility.ExplainSilence(ForecastWithHoldout(history, options).Forecast, history.DailyUnits);

    /// <summary>
    /// The forecast, and what the chosen method forecast for the last <paramref name="windows"/> horizons of the history
    /// from the back-test origins before them (latest first; null where there was no back-test): the shop-wide choice
    /// compares engines on those days.
    /// </summary>
    internal static (DemandForecast Forecast, double[]?[] Holdouts) ForecastWithHoldout(DemandHistory history, ForecastOptions options,
        int windows = 1)
    {
        var holdout = new double[]?[windows];
        var forecast = Unguarded(history, options, (backtest, chosen, y) =>
        {
            for (var k = 0; k < windows; k++) holdout[k] = backtest.ForecastFromOrigin(chosen, y, (k + 1) * backtest.Horizon);
        });
        var clean = history.DailyUnits.Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray();
        var first = forecast.FirstForecastDay;
        return (ForecastPlausibility.Guard(forecast, clean,
            (rate, method, reasons) => Flat(history.ProductId, first, forecast.Point.Length, rate, method, reasons)), holdout);
    }

    private static DemandForecast Unguarded(DemandHistory history, ForecastOptions options, Action<Backtest, List<string>,
        double[]> holdout)
    {
        var horizon = Math.Max(1, options.Horizon);
        var all = history.DailyUnits.Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray();
        var y = all.Length > options.SeriesLength ? all[^options.SeriesLength..] : all;
        var first = history.FirstDay.AddDays(history.DailyUnits.Length);
        var zeroShare = y.Length == 0 ? 1 : y.Count(v => v == 0) / (double)y.Length;
        var intermittent = zeroShare >= Intermittency.SparseZeroShare;
        const int minTrain = 35;
        if (y.Sum() == 0) return Flat(history.ProductId, first, horizon, 0, "No sales yet", ["Nothing has sold, so the forecast is zero."]);
        if (y.Length < minTrain + horizon)
            return ShortHistory(history.ProductId, first, horizon, y);

        var backtest = Backtest.Run(y, horizon, options.BacktestOrigins, minTrain, options, intermittent);
        var ranking = backtest.Ranking();
        var chosen = Choose(backtest, ranking);
        var candidates = CandidateForecasts.All(y, horizon, options, intermittent, chosen);
        // A rank that could forecast before an origin may not on the full series (ν² ≈ 1): keep what exists.
        chosen = chosen.Where(candidates.ContainsKey).ToList();
        if (chosen.Count == 0) chosen = ["median"];
        var point = Enumerable.Range(0, horizon).Select(h => chosen.Average(k => candidates[k][h])).ToArray();
        holdout(backtest, chosen, y);
        var errors = backtest.RelativeErrorsByWeek(chosen);
        var bands = Bands(point, errors, Backtest.Level(y));
        var mase = backtest.Mase(chosen);
        var naiveMase = backtest.Mase(["naive"]);
        var coverage = Coverage(errors);
        var accuracy = new ForecastAccuracy(mase, naiveMase, coverage.Item1, coverage.Item2, backtest.Origins, horizon);
        var key = chosen[0];
        var parameters = new Dictionary<string, string>
        {
            ["candidates"] = string.Join("+", chosen),
            ["window_days"] = CandidateForecasts.DailyWindow(y.Length, options.WindowSize).ToString(CultureInfo.InvariantCulture),
            ["rank"] = CandidateForecasts.RankOf(key)?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["backtest_origins"] = backtest.Origins.ToString(CultureInfo.InvariantCulture),
            ["history_days"] = y.Length.ToString(CultureInfo.InvariantCulture),
        };
        var method = chosen.Count == 1 ? CandidateForecasts.MethodName(key) : "Average of "
            + string.Join(", ", chosen.Select(CandidateForecasts.MethodName).Distinct());
        return new DemandForecast(history.ProductId, first, point, bands.L80, bands.U80, bands.L95, bands.U95,
            method, parameters, ForecastReasons.For(chosen, y, zeroShare, ranking, mase, backtest.Origins, horizon), accuracy);
    }

    /// <summary>
    /// The back-test's best candidate, or the average of the best three distinct methods when that averages out their
    /// individual luck and measures at least as well (forecast combination is rarely worse and often better).
    /// </summary>
    private static List<string> Choose(Backtest backtest, List<(string Key, double Mase)> ranking)
    {
        var best = new List<string> { ranking[0].Key };
        if (ranking[0].Mase < 1e-9) return best;
        var distinct = ranking.DistinctBy(r => CandidateForecasts.MethodName(r.Key)).Select(r => r.Key).ToList();
        var options = new List<List<string>> { best, distinct.Take(2).ToList(), distinct.Take(3).ToList(),
            new List<string> { ranking[0].Key, "median" } };
        return options.Where(o => o.Distinct().Count() == o.Count).MinBy(o => backtest.Mase(o) * (o.Count > 1 ? 0.98 : 1))!;
    }

    private static (double[] L80, double[] U80, double[] L95, double[] U95) Bands(double[] point, double[][] relativeErrorsByWeek,
        double level)
    {
        var ranges = relativeErrorsByWeek.Select(e => (R80: SortedQuantiles.ConformalRange(e, 0.80),
            R95: SortedQuantiles.ConformalRange(e, 0.95))).ToArray();
        var n = point.Length;
        var (l80, u80, l95, u95) = (new double[n], new double[n], new double[n], new double[n]);
        for (var h = 0; h < n; h++)
        {
            var (r80, r95) = ranges[Math.Min(h / 7, ranges.Length - 1)];
            l95[h] = Math.Max(0, point[h] + r95.Low * level);
            l80[h] = Math.Max(l95[h], point[h] + r80.Low * level);
            u95[h] = Math.Max(point[h], point[h] + r95.High * level);
            u80[h] = Math.Clamp(point[h] + r80.High * level, Math.Max(l80[h], point[h]), u95[h]);
        }
        return (l80, u80, l95, u95);
    }

    /// <summary>Share of back-test errors inside the ranges the bands use (in-sample, so optimistic: a check of the mechanics).</summary>
    private static (double, double) Coverage(double[][] errorsByWeek)
    {
        var (in80, in95, total) = (0, 0, 0);
        foreach (var e in errorsByWeek)
        {
            var (r80, r95) = (SortedQuantiles.ConformalRange(e, 0.80), SortedQuantiles.ConformalRange(e, 0.95));
            in80 += e.Count(x => x >= r80.Low && x <= r80.High);
            in95 += e.Count(x => x >= r95.Low && x <= r95.High);
            total += e.Length;
        }
        return total == 0 ? (double.NaN, double.NaN) : (in80 / (double)total, in95 / (double)total);
    }

    /// <summary>
    /// Too short to back-test. A product that sells on most of its days gets its recent average; one that sold on only a
    /// few days (a new or rare product) gets its units spread over at least four weeks, as intermittent-demand methods
    /// (Croston) would: a single order on its second day is not a daily rate.
    /// </summary>
    private static DemandForecast ShortHistory(string id, DateOnly first, int horizon, double[] y)
    {
        var saleDays = y.Count(v => v > 0);
        if (saleDays < Math.Max(4, y.Length / 2))
        {
            var spread = Math.Max(28, y.Length);
            var rare = y.Sum() / spread;
            return Flat(id, first, horizon, rare, "Rare sales (units over at least 4 weeks)",
                [$"Only {y.Length} days of history with sales on {saleDays} of them, so the forecast spreads the {y.Sum():N0} units sold " +
                    $"over {spread} days ({rare:0.##} a day) instead of repeating a busy day.",
                 "The ranges assume sales vary at random around that rate (Poisson); they will tighten once more history is in."]);
        }
        var recent = y[^Math.Min(28, y.Length)..];
        var rate = recent.Average();
        return Flat(id, first, horizon, rate, "Recent average",
            [$"Only {y.Length} days of history, too few to test methods against each other, so the forecast is the average of the last " +
                $"{recent.Length} days ({rate:0.##} a day).",
             "The ranges assume sales vary at random around that average (Poisson); they will tighten once more history is in."]);
    }

    internal static DemandForecast Flat(string id, DateOnly first, int horizon, double rate, string method, string[] reasons)
    {
        double[] Fill(double v) => Enumerable.Repeat(v, horizon).ToArray();
        return new DemandForecast(id, first, Fill(rate), Fill(Poisson.Quantile(rate, 0.10)), Fill(Poisson.Quantile(rate, 0.90)),
            Fill(Poisson.Quantile(rate, 0.025)), Fill(Poisson.Quantile(rate, 0.975)), method,
            new Dictionary<string, string> { ["candidates"] = "flat" }, reasons,
            new ForecastAccuracy(double.NaN, double.NaN, double.NaN, double.NaN, 0, 0));
    }
}
