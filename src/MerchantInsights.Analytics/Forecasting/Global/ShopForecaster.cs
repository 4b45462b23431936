using System.Collections.Concurrent;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// Forecasts a whole shop. Per product the SSA engine runs as before (<see cref="DemandForecaster"/>); beside it the
/// shop-wide model (<see cref="GlobalDemandModel"/>) is trained once without the last horizon, to measure it, and once
/// on everything. On the held-out days the per-product engine, the 8-week weekday median, the shop-wide model and its
/// averages with either are compared, pooled over groups of similar products (volume × intermittency) rather than per
/// product, and each group keeps the model's median unless another candidate clearly beats it
/// (<see cref="ShopCandidates.Choose"/>). Bands: split-conformal quantiles of the chosen forecast's held-out errors,
/// pooled per group and scaled by √(m·d + m²/5) of the model's mean m and the product's dispersion d (count noise that
/// grows with the forecast, so a December peak gets a wider band), with errors tied at zero counted inside
/// (<see cref="SortedQuantiles.ConformalRangeOfCounts"/>).
/// The plausibility guard and band clamp apply to the final forecast. Cost: the SSA engine plus two model trainings (four
/// tree ensembles), on one queue over the cores.
/// </summary>
public static class ShopForecaster
{
    private const int MinGroup = 12;
    /// <summary>
    /// Held-out windows of one horizon each, the latest ending on the last day. Two (a third model training) measured
    /// worse on the bench: the older window dilutes the recent regime the choice should follow (a December after a
    /// quiet October).
    /// </summary>
    private const int Windows = 1;

    /// <summary>Every product's forecast for the next <c>options.Horizon</c> days, choosing per product group between the shop-wide model
    /// and the per-product engine on a held-out window.</summary>
    public static ShopForecast ForecastAll(IReadOnlyList<ShopProduct> products, ForecastOptions options,
        GlobalModelOptions? modelOptions = null,
        IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var horizon = Math.Max(1, options.Horizon);
        var mo = (modelOptions ?? new GlobalModelOptions()) with { Horizon = horizon };
        if (products.Count == 0) return new ShopForecast(new Dictionary<string, DemandForecast>(), null, ShopForecastAccuracy.None);
        var lastDay = products.Max(p => p.FirstDay.AddDays(p.Units.Length - 1));
        var ids = products.Select(p => p.ProductId).ToList();
        var engine = new (DemandForecast Forecast, double[]?[] Holdouts)[products.Count];
        var trainings = Prepare(products, lastDay, horizon, mo, ct);
        var fits = trainings.OfType<GlobalModelTraining>().ToList();
        // One queue for all cores: the trainings first (the longest items), the products filling in behind them, so no
        // core idles while the last training finishes (GlobalModelTraining: how a training shares the cores).
        var fitWeight = Math.Max(1, products.Count / 4);
        var (done, total) = (0L, (long)fits.Count * fitWeight + products.Count);
        var queue = Partitioner.Create(Enumerable.Range(0, fits.Count + products.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(queue, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, w =>
        {
            if (w < fits.Count) fits[w].Fit();
            else
            {
                var p = products[w - fits.Count];
                engine[w - fits.Count] = DemandForecaster.ForecastWithHoldout(new DemandHistory(p.ProductId, p.FirstDay, p.Units), options,
                    Windows);
            }
            progress?.Report(0.9 * Interlocked.Add(ref done, w < fits.Count ? fitWeight : 1) / total);
        });
        // The held-out and the final model's forecasts side by side (each scoring is one ML.NET cursor per model).
        var finalModel = trainings[Windows]?.Model();
        var finalTask = Task.Run(() => (Final: finalModel?.ForecastMany(ids, horizon) ?? [], AtPromotion: AtPromotionPrices(finalModel, ids,
            horizon)), ct);
        var (held, heldClosed) = (new Dictionary<string, double[]>[Windows], new bool[Windows][]);
        for (var k = 0; k < Windows; k++) // no reference to a held-out model outlives this loop (see the Array.Clear below)
        {
            var heldModel = trainings[k]?.Model();
            (held[k], heldClosed[k]) = (heldModel?.ForecastMany(ids, horizon) ?? [], heldModel?.ClosedDays(horizon) ?? new bool[horizon]);
        }
        var (final, atPromotion) = finalTask.GetAwaiter().GetResult();
        var model = held[0].Count == 0 ? null : finalModel;
        if (model is null) (final, atPromotion) = ([], []);
        Array.Clear(trainings); // the held-out timelines and models: a large share of memory, not needed from here on
        ct.ThrowIfCancellationRequested();
        progress?.Report(0.95);

        var scored = new List<Scored>();
        for (var i = 0; i < products.Count; i++)
            if (final.ContainsKey(products[i].ProductId)
                && Scored.Of(i, products[i], engine[i].Holdouts, held, heldClosed, horizon, Windows) is { } s) scored.Add(s);
        var groups = scored.GroupBy(s => scored.Count(o => o.Group == s.Group) >= MinGroup ? s.Group : "all others").ToList();
        var choice = new Dictionary<string, int>();
        var calibration = new Dictionary<string, double[]>();
        foreach (var g in groups)
        {
            var pick = ShopCandidates.Choose(g.Select(s => s.Mase).ToList());
            choice[g.Key] = pick;
            calibration[g.Key] = g.SelectMany(s => s.Windows.SelectMany(w => w.Actual.Select((a,
                h) => (a - w.Forecasts[pick][h]) / Spread(w.Mean[h], w.Dispersion)))).Order().ToArray();
            foreach (var s in g) s.Choice = pick;
        }
        var alone = Enumerable.Range(0, ShopCandidates.Names.Length).Where(ShopCandidates.ModelAlone).ToList();
        var accuracy = scored.Count == 0 ? ShopForecastAccuracy.None with { Trainer = mo.Trainer } : new ShopForecastAccuracy(scored.Count,
            alone.Min(c => scored.Average(s => s.Mase[c])), scored.Average(s => s.Mase[ShopCandidates.PerProduct]),
                scored.Average(s => s.Mase[s.Choice]),
            scored.Average(s => s.Naive), scored.Average(s => s.Profile), scored.Average(s => s.Median), mo.Trainer,
            groups.ToDictionary(g => g.Key, g => ShopCandidates.Names[choice[g.Key]])) { HeldOutDays = Windows * horizon };

        var result = new Dictionary<string, DemandForecast>(StringComparer.Ordinal);
        var byIndex = scored.ToDictionary(s => s.Index);
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            if (!byIndex.TryGetValue(i, out var s) || model is null || engine[i].Forecast.Method.Contains("guard"))
            {
                result[p.ProductId] = ForecastPlausibility.ExplainSilence(engine[i].Forecast, p.Units);
                continue;
            }
            var groupKey = groups.First(g => g.Contains(s)).Key;
            var g = final[p.ProductId];
            var clean = Scored.Clean(p.Units);
            var dispersion = Stock.DemandNoise.Dispersion(clean);
            var point = ShopCandidates.Forecast(s.Choice, engine[i].Forecast.Point, Baselines.WeekdayMedian(clean, horizon), g, dispersion);
            result[p.ProductId] = ForecastPlausibility.ExplainSilence(Build(p, point, g, dispersion, engine[i].Forecast,
                calibration[groupKey], s, groupKey, model, accuracy, atPromotion.GetValueOrDefault(p.ProductId)), p.Units);
        }
        Close(result, model, horizon);
        return new ShopForecast(result, model, accuracy);
    }

    /// <summary>
    /// Every forecast — the model's, a per-product method's, a flat guard's — is 0, bands included, on the days the shop is
    /// expected to be closed (<see cref="GlobalDemandModel.ClosedDays"/>: a weekday it never opens on, last year's year-end
    /// break), with the reason. The model cannot learn a break from the shop's first year-end (Online Retail's data starts
    /// three weeks before its break), and a per-product method or a new product's flat forecast does not know the calendar.
    /// </summary>
    private static void Close(Dictionary<string, DemandForecast> result, GlobalDemandModel? model, int horizon)
    {
        if (model is null) return;
        var closed = model.ClosedDays(horizon);
        if (!closed.Any(c => c)) return;
        var breakAhead = model.ClosureAhead(horizon);
        var yearEnd = breakAhead is { } ahead ? ShopCalendar.ClosedDays([ahead], [], model.Cutoff.AddDays(1), horizon) : new bool[horizon];
        var (first, last) = (Array.IndexOf(yearEnd, true), Array.LastIndexOf(yearEnd, true));
        double[] Zeroed(double[] x) => x.Select((v, h) => closed[h] ? 0 : v).ToArray();
        foreach (var (id, f) in result.ToList())
        {
            var reasons = new List<string>();
            if (breakAhead is { } b && first >= 0)
                reasons.Add($"Your shop sold nothing from {b.From:d MMM yyyy} to {b.To:d MMM yyyy}, so the same days this year " +
                    $"({f.FirstForecastDay.AddDays(first):d MMM} – {f.FirstForecastDay.AddDays(last):d MMM}) are forecast at 0: a " +
                    "year-end break. If you are open then this year, expect sales on those days.");
            if (model.ClosedWeekdays.Count > 0 && f.Point.Where((v, h) => closed[h] && !yearEnd[h]).Any(v => v > 0))
                reasons.Add($"Your shop sold nothing on any of the last {ShopCalendar.ClosedWeeks} " +
                    string.Join(" or ", model.ClosedWeekdays.Select(d => d + "s")) + ", so those days are forecast at 0.");
            result[id] = f with
            {
                Point = Zeroed(f.Point), Lower80 = Zeroed(f.Lower80), Upper80 = Zeroed(f.Upper80), Lower95 = Zeroed(f.Lower95),
                Upper95 = Zeroed(f.Upper95), Reasons = [.. f.Reasons.Take(1), .. reasons, .. f.Reasons.Skip(1)],
            };
        }
    }

    /// <summary>
    /// The shop-wide model's trainings, held-out windows first and then the one on everything, their rows built side by
    /// side; none when the latest held-out window has too little to learn from (the shop forecast then has no model).
    /// </summary>
    private static GlobalModelTraining?[] Prepare(IReadOnlyList<ShopProduct> products, DateOnly lastDay, int horizon,
        GlobalModelOptions options, CancellationToken ct)
    {
        var cutoffs = Enumerable.Range(0, Windows).Select(k => lastDay.AddDays(-(k + 1) * horizon)).Append(lastDay).ToArray();
        var trainings = new GlobalModelTraining?[cutoffs.Length];
        Parallel.For(0, cutoffs.Length, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            k => trainings[k] = GlobalModelTraining.Prepare(products, cutoffs[k], options));
        return trainings[0] is null ? new GlobalModelTraining?[cutoffs.Length] : trainings;
    }

    /// <summary>The model's forecast of every product recently on promotion at its promotion price (what the reasons
    /// quote), in one pass rather than one model run per product.</summary>
    private static Dictionary<string, double[]> AtPromotionPrices(GlobalDemandModel? model, IReadOnlyList<string> ids, int horizon)
    {
        if (model is null) return [];
        var prices = ids.Select(id => (id, Price: GlobalForecastReasons.PromotionPrice(model, id))).Where(x => x.Price is not null)
            .ToDictionary(x => x.id, x => (double)(decimal)Math.Round(x.Price!.Value, 2), StringComparer.Ordinal); // to the cent
        return model.ForecastMany(prices.Keys.ToList(), horizon, (id, _) => prices[id]);
    }

    /// <summary>How much a day's units vary around a forecast f: count noise (Poisson's f, times the product's dispersion when
    /// it sells in lumps) plus a share of f (negative binomial).</summary>
    internal static double Spread(double f, double dispersion) => Math.Sqrt(Math.Max(0, f) * dispersion + f * f / 5) + 0.1;


    private static DemandForecast Build(ShopProduct p, double[] point, double[] mean, double dispersion, DemandForecast engine,
        double[] residuals, Scored s, string group, GlobalDemandModel model, ShopForecastAccuracy shop, double[]? atPromotion)
    {
        var n = point.Length;
        var (l80, u80, l95, u95) = (new double[n], new double[n], new double[n], new double[n]);
        var (r80, r95) = (SortedQuantiles.ConformalRangeOfCounts(residuals, 0.80), SortedQuantiles.ConformalRangeOfCounts(residuals, 0.95));
        for (var h = 0; h < n; h++)
        {
            var spread = Spread(mean[h], dispersion);
            l95[h] = Math.Max(0, point[h] + r95.Low * spread);
            l80[h] = Math.Max(l95[h], Math.Min(point[h], point[h] + r80.Low * spread));
            u95[h] = Math.Max(point[h], point[h] + r95.High * spread);
            u80[h] = Math.Clamp(point[h] + r80.High * spread, point[h], u95[h]);
        }
        var inside80 = residuals.Count(r => r >= r80.Low && r <= r80.High) / (double)Math.Max(1, residuals.Length);
        var inside95 = residuals.Count(r => r >= r95.Low && r <= r95.High) / (double)Math.Max(1, residuals.Length);
        const string median = "Weekday median of 8 weeks";
        var c = s.Choice;
        var own = engine.Parameters.GetValueOrDefault("candidates", "");
        var (method, candidates, blended) = c == ShopCandidates.PerProduct ? (engine.Method, own, null)
            : c == ShopCandidates.WeekdayMedian ? (median, "median", null)
            : ShopCandidates.ModelAlone(c) ? ("Shop-wide model", "global", null)
            : ShopCandidates.WithEngine(c) ? ("Shop-wide model + " + engine.Method, "global+" + own, engine.Method)
            : ($"Shop-wide model + {engine.Method} + {median}", $"global+{own}+median",
                (string?)$"{engine.Method}, and the {median.ToLowerInvariant()}");
        var parameters = new Dictionary<string, string>(engine.Parameters)
        {
            ["candidates"] = candidates,
            ["choice"] = ShopCandidates.Names[c],
            ["trainer"] = model.Options.Trainer,
            ["group"] = group,
        };
        var modelMase = Enumerable.Range(0, s.Mase.Length).Where(ShopCandidates.ModelAlone).Min(k => s.Mase[k]);
        var reasons = c == ShopCandidates.PerProduct ? GlobalForecastReasons.PerProduct(engine, group, s.Mase[c], modelMase, shop)
            : c == ShopCandidates.WeekdayMedian ? GlobalForecastReasons.WeekdayMedian(group, s.Mase[c], modelMase, shop)
            : GlobalForecastReasons.For(p, point, blended, model, group, s.Mase[c], s.Mase[ShopCandidates.PerProduct], shop,
                atPromotion, c == ShopCandidates.ModelMedian);
        var forecast = new DemandForecast(p.ProductId, engine.FirstForecastDay, point, l80, u80, l95, u95, method, parameters, reasons,
            new ForecastAccuracy(s.Mase[c], s.Naive, inside80, inside95, s.Windows.Count, n), mean.Sum());
        var clean = Scored.Clean(p.Units);
        return ForecastPlausibility.Guard(forecast, clean,
            (rate, m, r) => DemandForecaster.Flat(p.ProductId, engine.FirstForecastDay, n, rate, m, r));
    }
}
