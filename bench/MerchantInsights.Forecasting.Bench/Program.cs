using System.Diagnostics;
using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Bench;

// Forecast accuracy on the last 28 days held out (mean MASE, seasonal period 7, over products) for our engine and
// the baselines side by side, the engine's interval coverage on the held-out days, and training speed.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Forecasting.Bench [-- --top 100]
const int horizon = 28;
var top = args.SkipWhile(a => a != "--top").Skip(1).Select(int.Parse).FirstOrDefault(100);
Console.WriteLine($"{Environment.ProcessorCount} cores; hold-out {horizon} days; products: the {top} best sellers active in the last 90 days");

foreach (var (name, file) in new[] { ("demo shop (simulated, 2 years)", BenchShop.DemoShop), ("Online Retail (real, 1 year)", BenchShop.OnlineRetail) })
{
    var data = await BenchShop.LoadAsync(file);
    var series = (await data.ProductSeriesAsync(CancellationToken.None))
        .Where(s => s.Units.Length > 90 + horizon && s.SoldInLast(90)).OrderByDescending(s => s.Units.Sum()).Take(top).ToList();
    var scores = new Dictionary<string, List<double>>();
    var (in80, in95, days) = (0, 0, 0);
    var clock = Stopwatch.StartNew();
    var results = new (DemandForecast F, double[] Actual, double[] Train)[series.Count];
    Parallel.For(0, series.Count, i =>
    {
        var units = series[i].Units;
        var train = units[..^horizon];
        results[i] = (DemandForecaster.Forecast(new DemandHistory(series[i].ProductId, series[i].FirstDay, train), new ForecastOptions { Horizon = horizon }), units[^horizon..], train);
    });
    var seconds = clock.Elapsed.TotalSeconds;
    foreach (var (f, actual, train) in results)
    {
        void Score(string method, double[] forecast)
        {
            if (!scores.TryGetValue(method, out var list)) scores[method] = list = [];
            list.Add(actual.Select((a, h) => Math.Abs(a - forecast[h])).Average() / MaseScale(train));
        }
        Score("engine (SSA + back-test)", f.Point);
        Score("seasonal naive", Baseline.SeasonalNaive(train, horizon));
        Score("recent level x weekday profile", Baseline.WeekdayProfile(train, horizon));
        Score("weekday median of 8 weeks", Baseline.WeekdayMedian(train, horizon));
        for (var h = 0; h < horizon; h++)
        {
            in80 += actual[h] >= f.Lower80[h] && actual[h] <= f.Upper80[h] ? 1 : 0;
            in95 += actual[h] >= f.Lower95[h] && actual[h] <= f.Upper95[h] ? 1 : 0;
            days++;
        }
    }
    Console.WriteLine($"\n{name}: {series.Count} products, trained in {seconds:0.00} s");
    var best = scores.Where(s => !s.Key.StartsWith("engine")).Min(s => s.Value.Average());
    foreach (var (method, list) in scores.OrderBy(s => s.Value.Average()))
        Console.WriteLine($"  {method,-34} mean MASE {list.Average():0.000}   median {list.Order().ElementAt(list.Count / 2):0.000}");
    Console.WriteLine($"  engine vs best baseline: {(1 - scores["engine (SSA + back-test)"].Average() / best):+0.0%;-0.0%} (positive = engine better)");
    Console.WriteLine($"  held-out coverage: 80% band {in80 / (double)days:P1}, 95% band {in95 / (double)days:P1}");
    Console.WriteLine("  methods chosen: " + string.Join(", ", results.GroupBy(r => r.F.Method.StartsWith("Average") ? "average of top 3" : r.F.Method).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
}

// Speed: synthetic two-year products (trend, weekly and yearly pattern, noise), as a training job runs them.
foreach (var count in new[] { 100, 1000 })
{
    var rng = new Random(count);
    var histories = Enumerable.Range(0, count).Select(i =>
    {
        var level = 0.5 + 20 * rng.NextDouble();
        return new DemandHistory($"P{i}", new DateOnly(2024, 11, 1), Enumerable.Range(0, 730).Select(t =>
            Math.Max(0, Math.Round(level * (1 + 0.3 * Math.Sin(2 * Math.PI * t / 7)) * (1 + 0.4 * Math.Cos(2 * Math.PI * t / 365.25)) + Math.Sqrt(level) * (rng.NextDouble() - 0.5) * 3))).ToArray());
    }).ToList();
    DemandForecaster.Forecast(histories[0], new ForecastOptions()); // JIT warm-up, not part of the per-product cost
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(histories, h => DemandForecaster.Forecast(h, new ForecastOptions()));
    Console.WriteLine($"\nspeed: {count} products x 2 years with back-tests: {clock.Elapsed.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores");
}

static double MaseScale(double[] y)
{
    var sum = 0.0;
    for (var t = 7; t < y.Length; t++) sum += Math.Abs(y[t] - y[t - 7]);
    return Math.Max(1e-9, sum / (y.Length - 7));
}
