using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Bench;
using MerchantInsights.Data.Storage;
using MerchantInsights.Data.Training;

// Reorder calibration (issue 15): forecasts trained on the days before a held-out stretch, then for each active product
// and lead time the 95% reorder point from the forecast's distribution, against the units it really sold over that lead
// time from the same origin. Prints the share covered (target 95% ± 3 points) and padding (mean reorder point over mean
// lead-time demand, target ≤ 2) of ours (the forecast's expected demand + the spread calibrated on the days before the
// origin, LeadTimeCalibration), beside baselines measured in the same run: the same calibration around the recent level
// alone, the negative binomial of the forecast's range (decision 0010), the point forecast's Poisson quantile (point ×
// days, no forecast error) and the forecast's whole daily range taken as independent days (spread like √days); and a
// hindsight ceiling: each product's level over the held-out stretch known exactly, the spread fitted on the outcomes.
// Usage: dotnet run -c Release --project bench/MerchantInsights.Reorder.Bench [-- --shops demo,shopify,marketplace,retail,garden]
//        [--retail-db COPY/shop.db] (an imported Online Retail database, read only, instead of importing the file)
//        [--origins 2] (hold-out stretches ending 0, 28, ... days before the end)
//        [--cache DIR] (keep each shop's and origin's forecasts there and reuse them: the forecasts are most of the time)
//        [--heldout] (also: points from the forecaster's own errors on the 28 days before the origin, forecast 28 days earlier,
//        and the average of those points with ours — decision 0012's next idea; a second forecast run per origin)
const int horizon = 28;
int[] leads = [7, 14, 28, 56];
string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var wanted = Arg("--shops", "demo,retail").Split(',');
var origins = int.Parse(Arg("--origins", "2"));
var retailDb = Arg("--retail-db", "");
var cache = Arg("--cache", "");
var json = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
var detail = Arg("--detail", ""); // a CSV of every product, origin and lead time, for looking into misses
var details = new List<string> { "shop,origin,product_id,lead,actual,mean,reorder_point,dispersion,method,history_mean_28" };
var shops = new (string Key, string Name, Func<Task<TrainingData>> Load)[]
{
    ("demo", "demo shop (simulated, 2 years)", () => BenchShop.LoadAsync(BenchShop.DemoShop)),
    ("shopify", "shopify-messy (simulated)", () => BenchShop.LoadAsync(BenchShop.Simulated("shopify-messy"))),
    ("marketplace", "marketplace-messy (simulated)", () => BenchShop.LoadAsync(BenchShop.Simulated("marketplace-messy"))),
    ("retail", "Online Retail (real, 1 year)", () => retailDb == "" ? BenchShop.LoadAsync(BenchShop.OnlineRetail) : Task.FromResult(new TrainingData(new SalesDatabase(retailDb)))),
    ("garden", "young-garden (simulated from a description)", () => BenchShop.LoadAsync(BenchShop.Simulated("young-garden"))),
};
Console.WriteLine($"{Environment.ProcessorCount} cores; forecast horizon {horizon} days; lead times {string.Join(", ", leads)} days; {origins} hold-out origin(s) per shop; service level 95%");
var table = new List<string>();
foreach (var (key, name, load) in shops.Where(s => wanted.Contains(s.Key)))
{
    var all = await (await load()).ProductSeriesAsync(CancellationToken.None);
    var tally = new Dictionary<(string Method, int Lead), Tally>();
    var clock = Stopwatch.StartNew();
    var calibrationSeconds = 0.0;
    var hindsight = leads.ToDictionary(l => l, _ => new List<(int Bin, double Actual, double Level)>());
    for (var o = 0; o < origins; o++)
    {
        var cut = leads.Max() + o * horizon; // days held out after the origin
        var train = all.Where(s => s.Units.Length > cut + 90).Select(s => new ShopProduct(s.ProductId, s.Category, s.FirstDay, s.Units[..^cut], s.AveragePrice[..^cut])).ToList();
        var forecasts = Forecasts(train, Path.Combine(cache, $"{key}-{o}.json"));
        // Experiment: the forecaster's own errors on the 28 days before the origin (forecast made 28 days earlier).
        var heldOut = new Dictionary<(int Group, int Lead), List<double>>();
        if (args.Contains("--heldout"))
        {
            var prevTrain = all.Where(s => s.Units.Length > cut + 28 + 90).Select(s => new ShopProduct(s.ProductId, s.Category, s.FirstDay, s.Units[..^(cut + 28)], s.AveragePrice[..^(cut + 28)])).ToList();
            var prev = Forecasts(prevTrain, Path.Combine(cache, $"{key}-{o}-prev.json"));
            foreach (var s in all.Where(s => s.Units.Length > cut + 28 + 90 && prev.ContainsKey(s.ProductId)))
            {
                var h = s.Units[..^(cut + 28)];
                if (!h.AsSpan(h.Length - 90).ContainsAnyExcept(0d)) continue;
                var r = RecentDemand.From(h);
                foreach (var lead in new[] { 7, 14, 28 })
                {
                    var m = ReorderPlanner.Suggest(new StockPosition(s.ProductId, 0, lead, 1, null), prev[s.ProductId], r, null, new ReorderOptions()).LeadTimeDemand;
                    var act = s.Units.AsSpan(h.Length, lead).ToArray().Sum();
                    var score = (act - m) / LeadTimeCalibration.Scale(m, lead, r);
                    foreach (var g in new[] { LeadTimeCalibration.Group(r), -1 })
                    {
                        if (!heldOut.TryGetValue((g, lead), out var list)) heldOut[(g, lead)] = list = [];
                        list.Add(score);
                    }
                }
            }
            foreach (var list in heldOut.Values) list.Sort();
        }
        double? HeldOutQuantile(RecentDemand r, int lead)
        {
            if (!heldOut.TryGetValue((-1, lead), out var shop)) return null;
            var own = heldOut.GetValueOrDefault((LeadTimeCalibration.Group(r), lead)) ?? [];
            double Q(List<double> l) => l[Math.Clamp((int)Math.Ceiling((l.Count + 1) * 0.95) - 1, 0, l.Count - 1)];
            var w = own.Count / (own.Count + 100.0);
            return own.Count == 0 ? Q(shop) : w * Q(own) + (1 - w) * Q(shop);
        }
        var calibrating = Stopwatch.StartNew();
        var calibration = LeadTimeCalibration.Build(train.Select(p => p.Units));
        calibrationSeconds += calibrating.Elapsed.TotalSeconds;
        foreach (var s in all.Where(s => s.Units.Length > cut + 90 && forecasts.ContainsKey(s.ProductId)))
        {
            var history = s.Units[..^cut];
            if (!history.AsSpan(history.Length - 90).ContainsAnyExcept(0d)) continue; // not active at the origin
            var forecast = forecasts[s.ProductId];
            var recent = RecentDemand.From(history);
            var dispersion = recent.Dispersion;
            foreach (var lead in leads)
            {
                var actual = s.Units.AsSpan(history.Length, lead).ToArray().Sum();
                var stock = new StockPosition(s.ProductId, 0, lead, 1, null);
                var ours = ReorderPlanner.Suggest(stock, forecast, recent, calibration, new ReorderOptions());
                var mean = ours.LeadTimeDemand;
                Add(tally, "calibrated spread (ours)", lead, ours.ReorderPoint, actual, mean);
                if (HeldOutQuantile(recent, lead) is { } hq)
                {
                    var m = ours.LeadTimeDemand;
                    var rp = Math.Max(CountQuantile.At(m, m, 0.95), (int)Math.Max(0, Math.Floor(m + hq * LeadTimeCalibration.Scale(m, lead, recent) + 1e-9)));
                    Add(tally, "forecaster's held-out errors", lead, rp, actual, mean);
                    Add(tally, "average of both points", lead, (rp + ours.ReorderPoint) / 2, actual, mean);
                }
                var plain = calibration.ReorderPoint(lead * recent.Level, lead, recent, 0.95) ?? 0;
                Add(tally, "calibrated around the recent level", lead, plain, actual, mean);
                var nb = ReorderPlanner.Suggest(stock, forecast, dispersion, new ReorderOptions(), recent.Level).ReorderPoint;
                Add(tally, "forecast distribution (0010)", lead, nb, actual, mean);
                details.Add(FormattableString.Invariant($"{key},{o},{s.ProductId},{lead},{actual},{mean:0.##},{ours.ReorderPoint},{dispersion:0.##},{forecast.Method.Replace(',', ';')},{history[^28..].Average():0.##}"));
                Add(tally, "point x days, Poisson", lead, CountQuantile.At(mean, mean, 0.95), actual, mean);
                var noiseOnly = ReorderPlanner.Suggest(stock, forecast, NoiseOnlyDispersion(forecast), new ReorderOptions()).ReorderPoint;
                Add(tally, "daily range as independent days", lead, noiseOnly, actual, mean);
                var volume = history[^91..].Average();
                hindsight[lead].Add((Math.Clamp((int)Math.Floor(Math.Log2(volume * 4)), 0, 5), actual,
                    s.Units.AsSpan(history.Length, leads.Max()).ToArray().Average() * lead));
            }
        }
    }
    // A ceiling no method can beat without seeing the future: each product's level over the whole held-out stretch known
    // exactly, and per volume group the smallest multiple of √level that covers 95% of the outcomes themselves. What is
    // left is the lead time's own noise around a known level.
    foreach (var (lead, items) in hindsight)
        foreach (var bin in items.GroupBy(i => i.Bin))
        {
            var scores = bin.Where(i => i.Level > 0).Select(i => (i.Actual - i.Level) / Math.Sqrt(i.Level)).Order().ToList();
            var k = scores.Count == 0 ? 0 : scores[Math.Clamp((int)Math.Ceiling(0.95 * bin.Count()) - 1 - bin.Count(i => i.Level <= 0), 0, scores.Count - 1)];
            foreach (var i in bin)
                Add(tally, "hindsight ceiling (level known)", lead, i.Level > 0 ? (int)Math.Floor(i.Level + k * Math.Sqrt(i.Level)) : 0, i.Actual, 0);
        }
    Console.WriteLine($"\n{name}: {all.Count} products, {clock.Elapsed.TotalSeconds:0} s ({calibrationSeconds:0.00} s calibrating)");
    foreach (var ((method, lead), t) in tally.OrderBy(t => t.Key.Method).ThenBy(t => t.Key.Lead))
    {
        Console.WriteLine($"  {method,-34} lead {lead,2} d: {t.Products,5} product-origins, covered {t.Covered:P1}, mean reorder point / mean demand {t.Padding:0.00}");
        if (method.EndsWith("(ours)")) table.Add($"| {name} | {lead} | {t.Products} | {t.Covered:P1} | {t.Padding:0.00} | {tally[("forecast distribution (0010)", lead)].Covered:P1} | {tally[("forecast distribution (0010)", lead)].Padding:0.00} | {tally[("point x days, Poisson", lead)].Covered:P1} |");
    }
}
if (detail != "") File.WriteAllLines(detail, details);
Console.WriteLine("\n| shop | lead days | product-origins | covered (ours) | reorder point / demand (ours) | covered (0010) | reorder point / demand (0010) | point x days |");
table.ForEach(Console.WriteLine);

Dictionary<string, DemandForecast> Forecasts(List<ShopProduct> train, string file)
{
    if (cache != "" && File.Exists(file)) return JsonSerializer.Deserialize<Dictionary<string, DemandForecast>>(File.ReadAllText(file), json)!;
    var made = ShopForecaster.ForecastAll(train, new ForecastOptions { Horizon = horizon }, null).Forecasts.ToDictionary();
    if (cache != "") File.WriteAllText(file, JsonSerializer.Serialize(made, json));
    return made;
}

static void Add(Dictionary<(string, int), Tally> tally, string method, int lead, int reorderPoint, double actual, double mean)
{
    if (!tally.TryGetValue((method, lead), out var t)) tally[(method, lead)] = t = new Tally();
    t.Add(reorderPoint, actual);
}

// The dispersion at which the whole 80% range of the first week is day-to-day noise: no level error left.
static double NoiseOnlyDispersion(DemandForecast f)
{
    var (variance, mean) = (0.0, 0.0);
    for (var h = 0; h < Math.Min(7, f.Point.Length); h++)
    {
        variance += Math.Pow(Math.Max(0, f.Upper80[h] - f.Point[h]) / 1.2815515655446004, 2);
        mean += f.Point[h];
    }
    return mean > 0 ? Math.Max(1, variance / mean) : 1;
}

internal sealed class Tally
{
    private double _points, _demand;
    private int _covered;
    public int Products { get; private set; }
    public double Covered => _covered / (double)Math.Max(1, Products);
    public double Padding => _points / Math.Max(1e-9, _demand);

    public void Add(int reorderPoint, double actual)
    {
        Products++;
        _covered += actual <= reorderPoint ? 1 : 0;
        (_points, _demand) = (_points + reorderPoint, _demand + actual);
    }
}
