namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// One product on the shop's held-out windows: every candidate's forecast (<see cref="ShopCandidates"/>) and its MASE
/// per window and on average, the simple methods' MASE, its group, and the candidate its group chose.
/// </summary>
internal sealed record Scored(int Index, string Group, List<Scored.Window> Windows, double[] Mase, double Naive, double Profile,
    double Median)
{
    public int Choice { get; set; }

    /// <summary>Every candidate's forecast and MASE on each held-out window the product has; null without the latest one. Every
    /// candidate is 0 on the window's days the shop was expected to be closed (<paramref name="closed"/>, per window), as the
    /// final forecast will be.</summary>
    public static Scored? Of(int index, ShopProduct product, double[]?[] engine, Dictionary<string, double[]>[] held, bool[][] closed,
        int horizon, int windowCount)
    {
        var y = Clean(product.Units);
        var windows = new List<Window>();
        string? group = null;
        for (var k = 0; k < windowCount; k++)
        {
            var start = y.Length - (k + 1) * horizon;
            if (engine[k] is not { } e || !held[k].TryGetValue(product.ProductId, out var g) || start < 35) break;
            var train = y[..start];
            var actual = y[start..(start + horizon)];
            var scale = Backtest.Scale(train);
            var recent = train[^Math.Min(90, train.Length)..];
            group ??= (recent.Average() switch { < 0.3 => "slow", < 2 => "steady", _ => "busy" })
                + (recent.Count(v => v == 0) >= Intermittency.SparseZeroShare * recent.Length ? ", occasional" : ", regular");
            var median = Baselines.WeekdayMedian(train, horizon);
            var dispersion = Stock.DemandNoise.Dispersion(train);
            var forecasts = Enumerable.Range(0, ShopCandidates.Names.Length)
                .Select(c => ShopCandidates.Forecast(c, e, median, g, dispersion).Select((v, h) => closed[k][h] ? 0 : v).ToArray())
                .ToArray();
            windows.Add(new Window(actual, forecasts, g, dispersion, forecasts.Select(f => MaseOf(actual, f, scale)).ToArray(),
                MaseOf(actual, Baselines.SeasonalNaive(train, horizon), scale),
                MaseOf(actual, Baselines.WeekdayProfile(train, horizon), scale), MaseOf(actual, median, scale)));
        }
        return group is null ? null : new Scored(index, group, windows, Enumerable.Range(0, ShopCandidates.Names.Length)
            .Select(c => windows.Average(w => w.Mase[c])).ToArray(),
            windows.Average(w => w.Naive), windows.Average(w => w.Profile), windows.Average(w => w.Median));
    }

    public static double[] Clean(double[] units) => units.Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray();

    internal sealed record Window(double[] Actual, double[][] Forecasts, double[] Mean, double Dispersion, double[] Mase, double Naive,
        double Profile, double Median);

    private static double MaseOf(double[] actual, double[] forecast, double scale) => actual.Select((a, h) => Math.Abs(a - forecast[h]))
        .Average() / scale;
}
