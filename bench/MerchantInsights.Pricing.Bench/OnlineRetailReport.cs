using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>
/// Online Retail (real wholesale data, quantity tiers) through the real import: the distribution of suggested price
/// changes reading the average selling price per day (before) and the list price of a typical small order (after),
/// and the products whose verdict changed most.
/// </summary>
public static class OnlineRetailReport
{
    public static async Task RunAsync()
    {
        var shop = await BenchShop.LoadAsync(BenchShop.OnlineRetail);
        var series = await shop.ProductSeriesAsync(CancellationToken.None);
        var options = new PricingOptions();
        List<ProductPriceHistory> Histories(bool list) => series.Select(s => new ProductPriceHistory(s.ProductId, s.Category, s.FirstDay, s.Units,
            s.AveragePrice, (double?)s.UnitCost) { ListPrice = list ? s.ListPrice : null }).ToList();
        var legacy = options with { UseShopIndex = false, SeparatePromotions = false, ExcludePromotionDips = false, UnsoldDayPrices = false, PromotionEpisodes = false, LeaveOutUnavailableDays = false, PoolCategoriesTowardShop = false, CategorySeasons = false, DemandFallsWithPrice = false };
        var today = options with { UnsoldDayPrices = false, PromotionEpisodes = false, ExcludePromotionDips = true, CautiousSteps = false,
            LeaveOutUnavailableDays = false, PoolCategoriesTowardShop = false, CategorySeasons = false, DemandFallsWithPrice = false };
        var runs = new[] { ("before issue 12 (average price)", legacy with { CautiousSteps = false }, false), ("today (list price, main)", today, true),
            ("after, expected-profit optimum", options with { CautiousSteps = false }, true),
            ("after, any sign", options with { DemandFallsWithPrice = false }, true), ("after (list price, cautious steps)", options, true) };
        var results = new List<Dictionary<string, ProductPricing>>();
        foreach (var (label, o, list) in runs)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var r = PricingEngine.Train(Histories(list), o).ToDictionary(p => p.ProductId);
            results.Add(r);
            var changes = r.Values.Select(p => p.Suggestion.ChangePct == 0 && p.Suggestion.SuggestedPrice == p.Suggestion.CurrentPrice ? 0
                : 100 * (p.Suggestion.SuggestedPrice / p.Suggestion.CurrentPrice - 1)).Order().ToList();
            double Q(double q) => changes[(int)Math.Round(q * (changes.Count - 1))];
            Console.WriteLine($"{label}: {r.Count} products in {clock.Elapsed.TotalSeconds:0.00} s; suggested change % quartiles {Q(0.1):+0.0;-0.0} / {Q(0.25):+0.0;-0.0} / "
                + $"median {Q(0.5):+0.0;-0.0} / {Q(0.75):+0.0;-0.0} / {Q(0.9):+0.0;-0.0} (10/25/50/75/90%); cuts {changes.Count(c => c < -0.5)}, keeps {changes.Count(c => Math.Abs(c) <= 0.5)}, rises {changes.Count(c => c > 0.5)}; "
                + $"median elasticity {r.Values.Select(p => p.Elasticity.Elasticity).Order().ElementAt(r.Count / 2):0.00}; verdicts "
                + string.Join(", ", r.Values.GroupBy(p => p.Elasticity.Verdict.Split(' ')[0]).Select(g => $"{g.Key} {g.Count()}")));
        }
        var (old, now) = (results[1], results[^1]);
        Console.WriteLine($"after: {now.Values.Count(p => p.Elasticity.Explanation.Contains(" days without a sale, in runs"))} products with runs of unsold days "
            + "left out as unavailable (out of stock or not listed)");
        var bySeries = series.ToDictionary(s => s.ProductId);
        Console.WriteLine("\nProducts whose verdict or direction changed most (before → after):");
        foreach (var id in old.Keys.Where(now.ContainsKey)
            .OrderByDescending(id => (old[id].Elasticity.Verdict != now[id].Elasticity.Verdict ? 1 : 0) + Math.Abs(old[id].Suggestion.SuggestedPrice / old[id].Suggestion.CurrentPrice - now[id].Suggestion.SuggestedPrice / now[id].Suggestion.CurrentPrice))
            .ThenByDescending(id => bySeries[id].Units.Sum()).Where(id => bySeries[id].Units.Sum() > 200).Take(8))
        {
            var s = bySeries[id];
            var avgSpread = Spread(s.AveragePrice);
            var listSpread = Spread(s.ListPrice!);
            Console.WriteLine($"  {id} {s.Name}: ε {old[id].Elasticity.Elasticity:0.00} ({old[id].Elasticity.Verdict.Split(' ')[0]}, suggest {old[id].Suggestion.SuggestedPrice:0.00} from {old[id].Suggestion.CurrentPrice:0.00})"
                + $" → {now[id].Elasticity.Elasticity:0.00} ({now[id].Elasticity.Verdict.Split(' ')[0]}, suggest {now[id].Suggestion.SuggestedPrice:0.00} from {now[id].Suggestion.CurrentPrice:0.00});"
                + $" ln-price spread average {avgSpread:0.000}, list {listSpread:0.000}; {s.Units.Sum():N0} units");
        }
    }

    private static double Spread(double?[] prices)
    {
        var logs = prices.Where(p => p is > 0).Select(p => Math.Log(p!.Value)).ToArray();
        if (logs.Length < 2) return 0;
        var mean = logs.Average();
        return Math.Sqrt(logs.Average(l => (l - mean) * (l - mean)));
    }
}
