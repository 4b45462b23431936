using System.Globalization;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>
/// The pricing engine on real price variation without a known truth (`-- retail-price`): ../shared/data/retail_price,
/// 52 Olist products' monthly units and average price over up to 20 months. The engine reads daily sales, so each month's
/// units are spread over its days at random (uniformly, seeded), which keeps everything the month tells about price — a
/// product's total in the month at the month's price — and adds nothing. Each of the last three months is held out in turn:
/// the engine is trained on the months before it, and the held-out month's units are forecast at its real price by the
/// engine's demand curve, by the same curve with no price response (the level alone), and by the curve with the
/// elasticity of a typical retail product (−1.5). Every forecast is multiplied by the month's shop-wide movement (the
/// median actual ÷ level-alone ratio of the other products), so the comparison is about price alone. Scored: the mean
/// absolute log error over products whose held-out price differs from the last trained one by at least 5%, and how often
/// the actual units fall inside the curve's 80% range at that price (a range for expected units: month-to-month noise of
/// the count is outside it, so it is reported beside the share inside a range widened by that Poisson noise).
/// </summary>
public static class RetailPriceCheck
{
    private sealed record Month(DateOnly Start, double Units, double Price);

    public static void Run()
    {
        var file = Path.Combine(BenchShop.RepositoryRoot(), "..", "shared", "data", "retail_price", "retail_price.csv");
        var products = Load(file);
        Console.WriteLine($"retail_price (real, monthly): {products.Count} products, {products.Sum(p => p.Value.Months.Count)} product-months");
        var last = products.Values.Max(p => p.Months[^1].Start);
        var scores = new Dictionary<string, List<double>> { ["engine"] = [], ["no price response"] = [], ["elasticity -1.5"] = [] };
        var (scored, rightWay, moved, inside, insideNoisy) = (0, 0, 0, 0, 0);
        var elasticities = new List<double>();
        var (steady, changed) = (new List<double>(), new List<(double Actual, double Predicted, double Sd)>());
        for (var back = 0; back < 3; back++)
        {
            var heldMonth = last.AddMonths(-back);
            var train = new List<ProductPriceHistory>();
            var held = new Dictionary<string, Month>();
            foreach (var (id, p) in products)
            {
                var before = p.Months.Where(m => m.Start < heldMonth).ToList();
                if (before.Count < 4) continue;
                train.Add(Daily(id, p.Category, before, heldMonth, seed: StableSeed(id) + back));
                if (p.Months.FirstOrDefault(m => m.Start == heldMonth) is { } h) held[id] = h;
            }
            var result = PricingEngine.Train(train, new PricingOptions()).ToDictionary(r => r.ProductId);
            if (back == 0) elasticities.AddRange(result.Values.Select(r => r.Elasticity.Elasticity));
            var days = heldMonth.AddMonths(1).DayNumber - heldMonth.DayNumber;
            var blind = held.Where(h => result.ContainsKey(h.Key))
                .ToDictionary(h => h.Key, h => result[h.Key].Curve.At(result[h.Key].Curve.ReferencePrice).Units * days);
            double Shop(string id)
            {
                var others = blind.Where(b => b.Key != id && b.Value > 0).Select(b => (held[b.Key].Units + 0.5) / (b.Value + 0.5)).Order().ToArray();
                return others.Length == 0 ? 1 : others[others.Length / 2];
            }
            foreach (var (id, month) in held)
            {
                if (!result.TryGetValue(id, out var r) || blind[id] <= 0) continue;
                var curve = r.Curve;
                var change = Math.Log(month.Price / curve.ReferencePrice);
                if (Math.Abs(change) < Math.Log(1.05))
                {
                    if (Math.Abs(change) < 0.02) steady.Add(Math.Log((month.Units + 0.5) / (blind[id] * Shop(id) + 0.5)));
                    continue;
                }
                var sd = (r.Elasticity.High80 - r.Elasticity.Low80) / (2 * 1.2815515655446004);
                changed.Add((Math.Log((month.Units + 0.5) / (blind[id] * Shop(id) + 0.5)), r.Elasticity.Elasticity * change, sd * Math.Abs(change)));
                var others = blind.Where(b => b.Key != id && b.Value > 0).Select(b => (held[b.Key].Units + 0.5) / (b.Value + 0.5)).Order().ToArray();
                var shop = others.Length == 0 ? 1 : others[others.Length / 2];
                var at = curve.At(month.Price);
                double Error(double forecast) => Math.Abs(Math.Log((month.Units + 0.5) / (forecast * shop + 0.5)));
                scores["engine"].Add(Error(at.Units * days));
                scores["no price response"].Add(Error(blind[id]));
                scores["elasticity -1.5"].Add(Error(blind[id] * Math.Pow(month.Price / curve.ReferencePrice, -1.5)));
                // The what-if's 80% range of expected units at that price, and the same widened by the count's own Poisson noise.
                var (low, high) = (at.UnitsLow * days * Shop(id), at.UnitsHigh * days * Shop(id));
                inside += month.Units >= low && month.Units <= high ? 1 : 0;
                insideNoisy += month.Units >= low - 1.28 * Math.Sqrt(low) && month.Units <= high + 1.28 * Math.Sqrt(high) ? 1 : 0;
                var predicted = Math.Sign(at.Units - curve.ReferenceUnitsPerDay);
                var actual = Math.Sign((month.Units + 0.5) / (blind[id] * shop + 0.5) - 1);
                if (predicted != 0) { moved++; rightWay += predicted == actual ? 1 : 0; }
                scored++;
            }
        }
        Console.WriteLine($"  elasticities (trained to the last month): median {elasticities.Order().ElementAt(elasticities.Count / 2):0.00}, " +
            $"quartiles {Quantile(elasticities, 0.25):0.00} / {Quantile(elasticities, 0.75):0.00}");
        Console.WriteLine($"  held-out months with a price ≥ 5% from the last trained one: {scored} (last three months, each held out in turn)");
        foreach (var (method, errors) in scores)
            Console.WriteLine($"  {method,-20} mean absolute log error {errors.Average():0.000}");
        Console.WriteLine($"  the engine's forecast moved the right way (up or down from the level alone): {rightWay} of {moved}");
        // Products whose price did not change give the month-to-month noise of a product's units around its level (robust
        // spread: 1.4826 × the median absolute deviation); with it, the price response's 80% range can be checked on the
        // products whose price changed: does the actual log change fall within ±1.28 √(noise² + (its elasticity's sd × Δ log p)²)?
        var median = steady.Order().ElementAt(steady.Count / 2);
        var noise = 1.4826 * steady.Select(x => Math.Abs(x - median)).Order().ElementAt(steady.Count / 2);
        double Covered(Func<(double Actual, double Predicted, double Sd), double> sdOf) =>
            changed.Count(c => Math.Abs(c.Actual - median - c.Predicted) <= 1.2815515655446004 * Math.Sqrt(noise * noise + Math.Pow(sdOf(c), 2)))
            / (double)Math.Max(1, changed.Count);
        // Whether the engine's elasticities are too strong or too weak on this data: the same forecasts with each elasticity scaled.
        Console.WriteLine("  the engine's elasticities scaled by " + string.Join(", ", new[] { 0.5, 0.75, 1.0, 1.25, 1.5 }.Select(k =>
            $"×{k}: {changed.Average(c => Math.Abs(c.Actual - median - k * c.Predicted)):0.000}")) + " (mean absolute log error, shop movement as the median)");
        Console.WriteLine($"  month-to-month noise of a product's units at an unchanged price: sd {noise:0.00} in log ({steady.Count} product-months)");
        Console.WriteLine($"  price changes inside noise ± the elasticity's 80% range: {Covered(c => c.Sd):P0}; with the noise alone " +
            $"(elasticity taken as exact): {Covered(_ => 0):P0}; with the range twice as wide: {Covered(c => 2 * c.Sd):P0}");
        Console.WriteLine($"  the held-out month inside the what-if's 80% range of units at its price: {inside / (double)Math.Max(1, scored):P0}; " +
            $"widened by the count's Poisson noise: {insideNoisy / (double)Math.Max(1, scored):P0}");
    }

    private static int StableSeed(string id) => id.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    private static double Quantile(List<double> values, double q) => values.Order().ElementAt((int)(q * (values.Count - 1)));

    /// <summary>Per product: its category and months in order.</summary>
    private static Dictionary<string, (string Category, List<Month> Months)> Load(string file)
    {
        using var reader = new StreamReader(file);
        var header = reader.ReadLine()!.Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var (id, category, month, qty, price) = (Col("product_id"), Col("product_category_name"), Col("month_year"), Col("qty"), Col("unit_price"));
        var rows = new List<(string Id, string Category, Month Month)>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            rows.Add((f[id], f[category], new Month(DateOnly.ParseExact(f[month], "dd-MM-yyyy", CultureInfo.InvariantCulture),
                double.Parse(f[qty], CultureInfo.InvariantCulture), double.Parse(f[price], CultureInfo.InvariantCulture))));
        }
        return rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => (g.First().Category, g.Select(r => r.Month).OrderBy(m => m.Start).ToList()));
    }

    /// <summary>A product's months as days up to the day before <paramref name="end"/>: each month's units spread over its days at
    /// random, every selling day at the month's price; a month without a row sold nothing.</summary>
    private static ProductPriceHistory Daily(string id, string category, List<Month> months, DateOnly end, int seed)
    {
        var rng = new Random(seed);
        var first = months[0].Start;
        var units = new double[end.DayNumber - first.DayNumber];
        var prices = new double?[units.Length];
        foreach (var m in months)
        {
            var days = m.Start.AddMonths(1).DayNumber - m.Start.DayNumber;
            for (var u = 0; u < (int)Math.Round(m.Units); u++) units[m.Start.DayNumber - first.DayNumber + rng.Next(days)]++;
            for (var d = 0; d < days; d++)
                if (units[m.Start.DayNumber - first.DayNumber + d] > 0) prices[m.Start.DayNumber - first.DayNumber + d] = m.Price;
        }
        return new ProductPriceHistory(id, category, first, units, prices, null);
    }
}
