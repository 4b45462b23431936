using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// Forecasts a whole shop. Per product the SSA engine runs as before (<see cref="DemandForecaster"/>); beside it the
/// shop-wide model (<see cref="GlobalDemandModel"/>) is trained twice — once without the last horizon, to measure it,
/// and once on everything. On the held-out days the per-product engine, the shop-wide model and their average are
/// compared, pooled over groups of similar products (volume × intermittency) rather than per product, and each group
/// takes its best. Bands: split-conformal quantiles of the chosen forecast's held-out errors, pooled per group and
/// scaled by √(m + m²/5) of the model's mean m (count noise that grows with the forecast, so a December peak gets a
/// wider band).
/// The plausibility guard and band clamp apply to the final forecast. Cost: the SSA engine plus two model trainings.
/// </summary>
public static class ShopForecaster
{
    private const int MinGroup = 12;
    /// <summary>
    /// The shop-wide model forecasts a mean; MASE rewards the median, which for a product selling a unit or two a day is
    /// lower. So the model's line is read at one of these shares of its mean (or as the Poisson median), chosen per group.
    /// </summary>
    private static readonly double[] Shares = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5];
    private static readonly string[] Choices = ["per-product", .. Shares.Select(c => $"shop-wide x{c:0.0}"), "shop-wide median",
        .. Shares.Select(c => $"average, shop-wide x{c:0.0}"), "average, shop-wide median"];

    /// <summary>Candidate c's forecast from the per-product engine's and the shop-wide model's.</summary>
    private static double[] Candidate(int c, double[] engine, double[] model)
    {
        if (c == 0) return engine;
        var k = (c - 1) % (Shares.Length + 1);
        var shop = k < Shares.Length ? model.Select(v => v * Shares[k]).ToArray() : model.Select(v => Poisson.Quantile(v, 0.5)).ToArray();
        return c <= Shares.Length + 1 ? shop : engine.Select((v, h) => (v + shop[h]) / 2).ToArray();
    }

    private static bool Averages(int c) => c > Shares.Length + 1;

    public static ShopForecast ForecastAll(IReadOnlyList<ShopProduct> products, ForecastOptions options, GlobalModelOptions? modelOptions = null,
        IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var horizon = Math.Max(1, options.Horizon);
        var mo = (modelOptions ?? new GlobalModelOptions()) with { Horizon = horizon };
        if (products.Count == 0) return new ShopForecast(new Dictionary<string, DemandForecast>(), null, ShopForecastAccuracy.None);
        var lastDay = products.Max(p => p.FirstDay.AddDays(p.Units.Length - 1));
        var held = GlobalDemandModel.Train(products, lastDay.AddDays(-horizon), mo);
        ct.ThrowIfCancellationRequested();
        var heldForecasts = held?.ForecastMany(products.Select(p => p.ProductId).ToList(), horizon) ?? [];
        var engine = new (DemandForecast Forecast, double[]? Holdout)[products.Count];
        var done = 0;
        Parallel.For(0, products.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var p = products[i];
            engine[i] = DemandForecaster.ForecastWithHoldout(new DemandHistory(p.ProductId, p.FirstDay, p.Units), options);
            progress?.Report(0.8 * Interlocked.Increment(ref done) / products.Count);
        });
        var model = held is null ? null : GlobalDemandModel.Train(products, lastDay, mo);
        ct.ThrowIfCancellationRequested();
        var final = model?.ForecastMany(products.Select(p => p.ProductId).ToList(), horizon) ?? [];
        progress?.Report(0.95);

        var scored = new List<Scored>();
        for (var i = 0; i < products.Count; i++)
        {
            var y = products[i].Units.Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray();
            if (engine[i].Holdout is not { } e || !heldForecasts.TryGetValue(products[i].ProductId, out var g) || !final.ContainsKey(products[i].ProductId) || y.Length < horizon + 35) continue;
            var train = y[..^horizon];
            var actual = y[^horizon..];
            var scale = Backtest.Scale(train);
            var recent = train[^Math.Min(90, train.Length)..];
            var group = (recent.Average() switch { < 0.3 => "slow", < 2 => "steady", _ => "busy" }) + (recent.Count(v => v == 0) >= Intermittency.SparseZeroShare * recent.Length ? ", occasional" : ", regular");
            var forecasts = Enumerable.Range(0, Choices.Length).Select(c => Candidate(c, e, g)).ToArray();
            scored.Add(new Scored(i, group, actual, forecasts, g, forecasts.Select(f => Mase(actual, f, scale)).ToArray(), scale,
                Mase(actual, Baselines.SeasonalNaive(train, horizon), scale), Mase(actual, Baselines.WeekdayProfile(train, horizon), scale),
                Mase(actual, Baselines.WeekdayMedian(train, horizon), scale)));
        }
        var groups = scored.GroupBy(s => scored.Count(o => o.Group == s.Group) >= MinGroup ? s.Group : "all others").ToList();
        var choice = new Dictionary<string, int>();
        var calibration = new Dictionary<string, double[]>();
        foreach (var g in groups)
        {
            var pick = Enumerable.Range(0, Choices.Length).MinBy(c => g.Average(s => s.Mase[c]));
            choice[g.Key] = pick;
            calibration[g.Key] = g.SelectMany(s => s.Actual.Select((a, h) => (a - s.Forecasts[pick][h]) / Spread(s.Mean[h]))).Order().ToArray();
            foreach (var s in g) s.Choice = pick;
        }
        var accuracy = scored.Count == 0 ? ShopForecastAccuracy.None with { Trainer = mo.Trainer } : new ShopForecastAccuracy(scored.Count,
            Enumerable.Range(1, Shares.Length + 1).Min(c => scored.Average(s => s.Mase[c])), scored.Average(s => s.Mase[0]), scored.Average(s => s.Mase[s.Choice]),
            scored.Average(s => s.Naive), scored.Average(s => s.Profile), scored.Average(s => s.Median), mo.Trainer,
            groups.ToDictionary(g => g.Key, g => Choices[choice[g.Key]]));

        var result = new Dictionary<string, DemandForecast>(StringComparer.Ordinal);
        var byIndex = scored.ToDictionary(s => s.Index);
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            if (!byIndex.TryGetValue(i, out var s) || model is null || engine[i].Forecast.Method.Contains("guard")) { result[p.ProductId] = engine[i].Forecast; continue; }
            var groupKey = groups.First(g => g.Contains(s)).Key;
            var e = engine[i].Forecast.Point;
            var g = final[p.ProductId];
            var point = Candidate(s.Choice, e, g);
            result[p.ProductId] = Build(p, point, g, engine[i].Forecast, calibration[groupKey], s, groupKey, model, accuracy);
        }
        return new ShopForecast(result, model, accuracy);
    }

    private sealed record Scored(int Index, string Group, double[] Actual, double[][] Forecasts, double[] Mean, double[] Mase, double Scale, double Naive, double Profile, double Median)
    {
        public int Choice { get; set; }
    }

    /// <summary>How much a day's units vary around a forecast f: Poisson noise plus a share of f (negative binomial).</summary>
    internal static double Spread(double f) => Math.Sqrt(Math.Max(0, f) + f * f / 5) + 0.1;

    private static double Mase(double[] actual, double[] forecast, double scale) => actual.Select((a, h) => Math.Abs(a - forecast[h])).Average() / scale;

    private static DemandForecast Build(ShopProduct p, double[] point, double[] mean, DemandForecast engine, double[] residuals, Scored s, string group,
        GlobalDemandModel model, ShopForecastAccuracy shop)
    {
        var n = point.Length;
        var (l80, u80, l95, u95) = (new double[n], new double[n], new double[n], new double[n]);
        var (r80, r95) = (SortedQuantiles.ConformalRange(residuals, 0.80), SortedQuantiles.ConformalRange(residuals, 0.95));
        for (var h = 0; h < n; h++)
        {
            var spread = Spread(mean[h]);
            l95[h] = Math.Max(0, point[h] + r95.Low * spread);
            l80[h] = Math.Max(l95[h], Math.Min(point[h], point[h] + r80.Low * spread));
            u95[h] = Math.Max(point[h], point[h] + r95.High * spread);
            u80[h] = Math.Clamp(point[h] + r80.High * spread, point[h], u95[h]);
        }
        var inside80 = residuals.Count(r => r >= r80.Low && r <= r80.High) / (double)Math.Max(1, residuals.Length);
        var inside95 = residuals.Count(r => r >= r95.Low && r <= r95.High) / (double)Math.Max(1, residuals.Length);
        var method = s.Choice == 0 ? engine.Method : !Averages(s.Choice) ? "Shop-wide model" : "Shop-wide model + " + engine.Method;
        var parameters = new Dictionary<string, string>(engine.Parameters)
        {
            ["candidates"] = s.Choice == 0 ? engine.Parameters.GetValueOrDefault("candidates", "") : !Averages(s.Choice) ? "global" : "global+" + engine.Parameters.GetValueOrDefault("candidates", ""),
            ["choice"] = Choices[s.Choice],
            ["trainer"] = model.Options.Trainer,
            ["group"] = group,
        };
        var reasons = s.Choice == 0 ? GlobalForecastReasons.PerProduct(engine, group, s.Mase[0], s.Mase.Skip(1).Min(), point.Length, shop)
            : GlobalForecastReasons.For(p, point, Averages(s.Choice) ? engine : null, model, group, s.Mase[s.Choice], s.Mase[0], shop);
        var forecast = new DemandForecast(p.ProductId, engine.FirstForecastDay, point, l80, u80, l95, u95, method, parameters, reasons,
            new ForecastAccuracy(s.Mase[s.Choice], s.Naive, inside80, inside95, 1, n));
        var clean = p.Units.Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray();
        return ForecastPlausibility.Guard(forecast, clean, (rate, m, r) => DemandForecaster.Flat(p.ProductId, engine.FirstForecastDay, n, rate, m, r));
    }
}
