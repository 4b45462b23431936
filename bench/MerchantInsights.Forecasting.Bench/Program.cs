using System.Diagnostics;
using MathNet.Numerics;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;
using MerchantInsights.Bench;
using MerchantInsights.Data.Training;

// Forecast accuracy on the last 28 days held out (mean MASE, seasonal period 7, over the top products) on four shops:
// the shop-wide choice (shop-wide gradient-boosted model, per-product SSA engine or their average, chosen per group of
// similar products), the per-product SSA engine alone (before issue 11), and the three baselines; held-out coverage of
// the 80% and 95% bands; training time. Every engine sees only the days before the hold-out.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Forecasting.Bench [-- --top 100] [--trainer LightGbm|FastTree|Both]
//        [--shops demo,shopify,marketplace,retail,garden] (shopify/marketplace: the ShopSimulator's messy shops, garden its
//        young garden shop written from a description; made on first use) [--seed N] (another draw of those three)
//        [--origins last,12-31] (each hold-out ends on the shop's last day, or on the last 31 December before it: a held-out
//        December; a shop whose data starts too late for that December is skipped for it) [--oracle N] (the messy shops: N more
//        draws of the same days, the median of which is the forecast of one who knows the shop's truth)
const int horizon = 28;
string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var top = int.Parse(Arg("--top", "100"));
var trainer = Arg("--trainer", "Both");
var wanted = Arg("--shops", "demo,shopify,marketplace,retail").Split(',');
var origins = Arg("--origins", "last,12-31").Split(',');
var seed = int.Parse(Arg("--seed", "0"));
// --oracle N (the messy shops): the same shop's days drawn N more times (same catalogue, prices, promotions, customers; other
// orders); each held-out day's median over those draws is what a forecaster knowing the shop's hidden truth would say, so its
// gain over the best baseline is about as far as any forecast can go on that shop.
var oracleDraws = int.Parse(Arg("--oracle", "0"));
Console.WriteLine($"{Environment.ProcessorCount} cores; hold-out {horizon} days; scored: the {top} best sellers active in the last 90 days; shop-wide trainer {trainer}");
var shops = new (string Key, string Name, Func<string> File)[]
{
    ("demo", "demo shop (simulated, 2 years)", () => BenchShop.DemoShop),
    ("shopify", "shopify-messy (simulated, 2 years)", () => BenchShop.Simulated("shopify-messy", seed)),
    ("marketplace", "marketplace-messy (simulated, 2 years)", () => BenchShop.Simulated("marketplace-messy", seed)),
    ("retail", "Online Retail (real, 1 year)", () => BenchShop.OnlineRetail),
    ("garden", "young-garden (simulated from a description)", () => BenchShop.Simulated("young-garden", seed)),
};
var table = new List<string>();
foreach (var (key, shopName, file) in shops.Where(s => wanted.Contains(s.Key)))
{
    var data = await BenchShop.LoadAsync(file());
    var everything = await data.ProductSeriesAsync(CancellationToken.None);
    var draws = new List<Dictionary<string, ProductDailySeries>>();
    for (var n = 1; n <= oracleDraws && key is "shopify" or "marketplace"; n++)
    {
        var other = await BenchShop.LoadAsync(BenchShop.Simulated(key == "shopify" ? "shopify-messy" : "marketplace-messy", seed, n));
        draws.Add((await other.ProductSeriesAsync(CancellationToken.None)).ToDictionary(p => p.ProductId));
    }
    foreach (var origin in origins)
    {
    var lastDay = everything.Max(s => s.LastDay);
    var end = origin == "last" ? lastDay : new DateOnly(lastDay.Month == 12 && lastDay.Day == 31 ? lastDay.Year : lastDay.Year - 1, 12, 31);
    var all = everything.Select(s => Cut(s, end)).Where(s => s is not null).Select(s => s!).ToList();
    if (all.Count == 0 || all.Min(s => s.FirstDay) > end.AddDays(-horizon - 180)) { Console.WriteLine($"\n{shopName}: no hold-out ending {end:yyyy-MM-dd} (too little history before it)"); continue; }
    var name = $"{shopName.Split(" (")[0]}, hold-out to {end:yyyy-MM-dd}";
    var train = all.Where(s => s.Units.Length > horizon).Select(s => new ShopProduct(s.ProductId, s.Category, s.FirstDay, s.Units[..^horizon], s.AveragePrice[..^horizon]) { ListPrice = s.ListPrice?[..^horizon] }).ToList();
    var scored = all.Where(s => s.Units.Length > 90 + horizon && s.SoldInLast(90)).OrderByDescending(s => s.Units.Sum()).Take(top).ToList();
    var clock = Stopwatch.StartNew();
    var shop = ShopForecaster.ForecastAll(train, new ForecastOptions { Horizon = horizon }, new GlobalModelOptions { Trainer = trainer, Trees = int.Parse(Arg("--trees", "100")), Leaves = int.Parse(Arg("--leaves", "31")), LearningRate = double.Parse(Arg("--lr", "0.1")), MaxRows = int.Parse(Arg("--rows", "250000")) });
    var seconds = clock.Elapsed.TotalSeconds;
    var scores = new Dictionary<string, List<double>>();
    var (in80, in95, days) = (0, 0, 0);
    var insidePerProduct = new int[scored.Count];
    var byGroup = new Dictionary<string, (int In, int Days, int Zero, int Below)>();
    var before = new DemandForecast[scored.Count];
    var sums = new double[5];
    var (floorMass, floorIn, floorDays, truthIn) = (0.0, 0, 0, 0);
    // The coverage whole units allow: per day, the narrowest band of whole units holding at least 80% of the model's own
    // distribution of the day (a negative binomial with its mean and the band's variance); for a product selling nothing on
    // most days that band is [0, 0] and holds more than 80%. What such bands hold on average is the coverage a forecaster
    // that knew each day's distribution exactly and gave each day an honest 80% band would show.
    var shut = shop.Model?.ClosedDays(horizon) ?? new bool[horizon];
    var means = shop.Model?.ForecastMany(scored.Select(s => s.ProductId).ToList(), horizon) ?? [];
    Parallel.For(0, scored.Count, i => before[i] = DemandForecaster.Forecast(new DemandHistory(scored[i].ProductId, scored[i].FirstDay, scored[i].Units[..^horizon]), new ForecastOptions { Horizon = horizon }));
    for (var i = 0; i < scored.Count; i++)
    {
        var units = scored[i].Units;
        var (history, actual) = (units[..^horizon], units[^horizon..]);
        var f = shop.Forecasts[scored[i].ProductId];
        void Score(string method, double[] forecast)
        {
            if (!scores.TryGetValue(method, out var list)) scores[method] = list = [];
            list.Add(actual.Select((a, h) => Math.Abs(a - forecast[h])).Average() / MaseScale(history));
        }
        Score("shop-wide choice", f.Point);
        if (draws.Count > 0)
        {
            var firstHeldOut = scored[i].FirstDay.AddDays(units.Length - horizon);
            var truth = Enumerable.Range(0, horizon).Select(h =>
            {
                var day = firstHeldOut.AddDays(h);
                var values = draws.Select(d => d.TryGetValue(scored[i].ProductId, out var o) && day.DayNumber - o.FirstDay.DayNumber is var t
                    && t >= 0 && t < o.Units.Length && double.IsFinite(o.Units[t]) ? Math.Max(0, o.Units[t]) : 0).Order().ToArray();
                // The narrowest band of whole units holding 80% of the draws: what a band knowing the truth would hold.
                var k = (int)Math.Ceiling(0.8 * values.Length);
                var j = Enumerable.Range(0, values.Length - k + 1).MinBy(j => values[j + k - 1] - values[j]);
                truthIn += actual[h] >= values[j] && actual[h] <= values[j + k - 1] ? 1 : 0;
                return (values[(values.Length - 1) / 2] + values[values.Length / 2]) / 2;
            }).ToArray();
            var group = f.Parameters.GetValueOrDefault("group", "?");
            Score($"hindsight: median of {draws.Count} other draws", truth);
            Score($"hindsight, {group}: that median", truth);
            Score($"hindsight, {group}: shop-wide choice", f.Point);
        }
        if (means.TryGetValue(scored[i].ProductId, out var m))
        {
            var dispersion = DemandNoise.Dispersion(history.Select(v => double.IsFinite(v) ? Math.Max(0, v) : 0).ToArray());
            for (var h = 0; h < horizon; h++)
            {
                if (shut[h]) continue;
                var (mass, lo, hi) = NarrowestBand(m[h], m[h] * dispersion + m[h] * m[h] / 5, 0.8);
                (floorMass, floorIn, floorDays) = (floorMass + mass, floorIn + (actual[h] >= lo && actual[h] <= hi ? 1 : 0), floorDays + 1);
            }
        }
        sums[0] += actual.Sum(); sums[1] += f.Point.Sum(); sums[2] += f.ExpectedUnits ?? double.NaN; sums[3] += before[i].Point.Sum(); sums[4] += Baseline.WeekdayMedian(history, horizon).Sum();
        Score("per-product SSA engine (before)", before[i].Point);
        Score("seasonal naive", Baseline.SeasonalNaive(history, horizon));
        Score("recent level x weekday profile", Baseline.WeekdayProfile(history, horizon));
        Score("weekday median of 8 weeks", Baseline.WeekdayMedian(history, horizon));
        for (var h = 0; h < horizon; h++)
        {
            var inside80 = actual[h] >= f.Lower80[h] && actual[h] <= f.Upper80[h] ? 1 : 0;
            in80 += inside80;
            insidePerProduct[i] += inside80;
            var gk = f.Parameters.GetValueOrDefault("group", "?");
            var gc = byGroup.GetValueOrDefault(gk);
            byGroup[gk] = (gc.In + inside80, gc.Days + 1, gc.Zero + (actual[h] == 0 ? 1 : 0), gc.Below + (actual[h] < f.Lower80[h] ? 1 : 0));
            in95 += actual[h] >= f.Lower95[h] && actual[h] <= f.Upper95[h] ? 1 : 0;
            days++;
        }
    }
    Console.WriteLine($"\n{name}: {all.Count} active products ({train.Count} trained), {scored.Count} scored, forecast in {seconds:0.0} s, model {shop.Model?.TrainingRows:N0} rows, peaks found: {string.Join(", ", shop.Model?.DetectedPeaks ?? [])}");
    var best = scores.Where(s => !s.Key.StartsWith("shop-wide") && !s.Key.StartsWith("per-product") && !s.Key.StartsWith("hindsight")).Min(s => s.Value.Average());
    foreach (var (method, list) in scores.OrderBy(s => s.Value.Average()))
        Console.WriteLine($"  {method,-34} mean MASE {list.Average():0.000}   median {list.Order().ElementAt(list.Count / 2):0.000}");
    var gain = Math.Round(1 - scores["shop-wide choice"].Average() / best, 4);
    var gainBefore = Math.Round(1 - scores["per-product SSA engine (before)"].Average() / best, 4);
    Console.WriteLine($"  vs best baseline: shop-wide choice {gain:+0.0%;-0.0%}, SSA engine before {gainBefore:+0.0%;-0.0%} (positive = better; target >= +5%)");
    if (scores.GetValueOrDefault($"hindsight: median of {draws.Count} other draws") is { } oracle)
        Console.WriteLine($"  knowing the shop's truth (the median of the other draws): {1 - oracle.Average() / best:+0.0%;-0.0%} over the best " +
            $"baseline; the narrowest whole-unit bands holding 80% of the draws held {truthIn / (double)(scored.Count * horizon):P1} of the days");
    foreach (var (gk, gc) in byGroup) Console.WriteLine($"  80% coverage in {gk}: {gc.In / (double)gc.Days:P1} of {gc.Days} days ({gc.Zero / (double)gc.Days:P0} zero, {gc.Below / (double)gc.Days:P1} below)");
    Console.WriteLine($"  units held out {sums[0]:0}; chosen {sums[1]:0}; model mean {sums[2]:0}; engine {sums[3]:0}; weekday median {sums[4]:0}");
    Console.WriteLine($"  whole units: the narrowest band holding >= 80% of each day's model distribution would hold {floorMass / Math.Max(1, floorDays):P1} on average ({floorIn / (double)Math.Max(1, floorDays):P1} of these {floorDays} days)");
    Console.WriteLine($"  held-out coverage: 80% band {in80 / (double)days:P1} (target 78-82%), 95% band {in95 / (double)days:P1}");
    // How far the 80% coverage moves with which products happen to be scored: resampling the products (a product's days
    // err together, so products are the unit), 2,000 times, seeded.
    var rng = new Random(7);
    var resampled = Enumerable.Range(0, 2000).Select(_ =>
        Enumerable.Range(0, scored.Count).Sum(_ => insidePerProduct[rng.Next(scored.Count)]) / (double)(scored.Count * horizon)).Order().ToArray();
    Console.WriteLine($"  80% coverage with the scored products resampled: 90% of resamples within {resampled[100]:P1} to {resampled[1899]:P1}");
    Console.WriteLine($"  shop's own hold-out inside training ({shop.Accuracy.Products} products): shop-wide model {shop.Accuracy.ShopModel:0.000}, per-product {shop.Accuracy.PerProduct:0.000}, chosen {shop.Accuracy.Chosen:0.000}, best baseline {shop.Accuracy.BestBaseline:0.000}");
    Console.WriteLine("  choice by group: " + string.Join("; ", shop.Accuracy.ChoiceByGroup.Select(g => $"{g.Key}: {g.Value}")));
    Console.WriteLine("  methods: " + string.Join(", ", scored.Select(s => shop.Forecasts[s.ProductId].Method).GroupBy(m => m.StartsWith("Shop-wide model +") ? "Shop-wide model + own method" : m).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
    table.Add($"| {name} | {scores["shop-wide choice"].Average():0.000} | {scores["per-product SSA engine (before)"].Average():0.000} | {best:0.000} | {gain:+0.0%;-0.0%} | {in80 / (double)days:P1} / {in95 / (double)days:P1} | {seconds:0.0} s |");
    }
}
Console.WriteLine("\n| shop | shop-wide choice | SSA engine (before) | best baseline | gain | 80% / 95% coverage | time |");
table.ForEach(Console.WriteLine);

// The series as it stood on the given day (null when the product had not sold yet, or sold nothing in the last year before it).
static ProductDailySeries? Cut(ProductDailySeries s, DateOnly end)
{
    var n = end.DayNumber - s.FirstDay.DayNumber + 1;
    if (n <= 0) return null;
    if (n >= s.Units.Length) return s;
    var cut = s with { Units = s.Units[..n], AveragePrice = s.AveragePrice[..n], ListPrice = s.ListPrice?[..n] };
    return cut.SoldInLast(365) ? cut : null;
}

// The narrowest whole-unit band [lo, hi] holding at least p of a count with this mean and variance (the moment-matched
// negative binomial, as CountQuantile reads it; a variance at or below the mean is raised just above it, where the
// negative binomial is Poisson to within rounding), and the share it holds.
static (double Mass, int Lo, int Hi) NarrowestBand(double mean, double variance, double p)
{
    if (!(mean > 0)) return (1, 0, 0);
    variance = Math.Max(variance, mean * (1 + 1e-6));
    var (q, max) = (mean / variance, (int)(mean + 30 * Math.Sqrt(variance) + 30));
    var r = mean * q / (1 - q);
    var pmf = Enumerable.Range(0, max + 1).Select(k => Math.Exp(SpecialFunctions.GammaLn(k + r) - SpecialFunctions.GammaLn(r)
        - SpecialFunctions.GammaLn(k + 1) + r * Math.Log(q) + k * Math.Log(1 - q))).ToArray();
    var best = (Mass: 2.0, Lo: 0, Hi: max);
    for (var lo = 0; lo <= max; lo++)
    {
        var sum = 0.0;
        for (var hi = lo; hi <= max; hi++) { sum += pmf[hi]; if (sum >= p) { if (sum < best.Mass) best = (sum, lo, hi); break; } }
        if (sum < p) break;
    }
    return best;
}

static double MaseScale(double[] y)
{
    var sum = 0.0;
    for (var t = 7; t < y.Length; t++) sum += Math.Abs(y[t] - y[t - 7]);
    return Math.Max(1e-9, sum / (y.Length - 7));
}
