using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>
/// A shop simulated one visitor at a time, written from a plain description (not from the other simulators): visitors
/// arrive (weekday, growth, Black Friday, December, Christmas and January shocks shared by every product), open one
/// category, see the products in stock there and choose one or none by utility (multinomial logit with an outside
/// option; each product has its own price sensitivity β on ln price); a buyer sometimes adds an item from another
/// category (basket add-on, chosen the same way). Products launch during the history, run out of stock for days,
/// change price for good now and then, run short promotions (buyers stock up, so sales dip afterwards) and most join
/// a sitewide Black Friday sale. The true elasticity of expected demand for a lasting price change is
/// β·(1 − P̄), P̄ the demand-weighted average probability of being chosen when seen.
/// </summary>
public static class ChoiceShop
{
    private const int Days = 730;
    private static readonly DateOnly Start = new(2024, 12, 2);

    private sealed class Item(int id, int category, double beta, double appeal, double basePrice, double cost, int launch, bool varied)
    {
        public readonly int Id = id, Category = category, Launch = launch;
        public readonly double Beta = beta, Appeal = appeal, BasePrice = basePrice, Cost = cost;
        public readonly bool Varied = varied;
        public double Regular = basePrice, Promo, Pantry, SumP, SumP2;
        public int PromoUntil = -1, OutUntil = -1;
        public readonly double[] Units = new double[Days];
        public readonly double?[] Revenue = new double?[Days];
    }

    public static List<SimulatedProduct> Simulate(int count, int seed)
    {
        var rng = new Random(seed);
        double[] categoryBeta = [-0.9, -1.3, -1.6, -1.9, -2.3, -2.8];
        var items = Enumerable.Range(0, count).Select(i =>
        {
            var c = i % categoryBeta.Length;
            var basePrice = Math.Round(Math.Exp(Math.Log(4) + (Math.Log(60) - Math.Log(4)) * rng.NextDouble()), 2);
            var launch = rng.NextDouble() < 0.3 ? rng.Next(60, 500) : 0;
            return new Item(i, c, Math.Min(-0.4, categoryBeta[c] + 0.35 * PricingShop.Gaussian(rng)), -0.6 + 0.9 * PricingShop.Gaussian(rng), basePrice,
                Math.Round(basePrice * (0.35 + 0.25 * rng.NextDouble()), 2), launch, rng.NextDouble() >= 0.2);
        }).ToList();
        var byCategory = items.GroupBy(x => x.Category).ToDictionary(g => g.Key, g => g.ToList());
        double[] weekday = [1.3, 0.85, 0.9, 0.95, 1.0, 1.1, 1.25];
        for (var t = 0; t < Days; t++)
        {
            var day = Start.AddDays(t);
            var blackFriday = IsBlackFridayWeekend(day);
            foreach (var x in items) Reprice(x, t, blackFriday, rng);
            var visitors = PricingShop.Poisson(rng, 260 * weekday[(int)day.DayOfWeek] * Calendar(day) * (1 + 0.25 * t / 365.0));
            for (var v = 0; v < visitors; v++)
            {
                var chosen = Browse(byCategory[rng.Next(categoryBeta.Length)], t, rng, 6);
                if (chosen is null) continue;
                Buy(chosen, t, rng);
                if (rng.NextDouble() < 0.25 && Browse(byCategory[rng.Next(categoryBeta.Length)], t, rng, 3) is { } addOn) Buy(addOn, t, rng);
            }
        }
        return items.Select(x =>
        {
            var prices = x.Units.Select((u, t) => u > 0 ? Math.Round(x.Revenue[t]!.Value / u, 2) : (double?)null).ToArray();
            var history = new ProductPriceHistory($"V{x.Id:000}", $"Aisle {x.Category + 1}", Start, x.Units, prices, x.Cost);
            var truth = x.SumP > 0 ? x.Beta * (1 - x.SumP2 / x.SumP) : x.Beta;
            var level = x.Units[^56..].Average();
            return new SimulatedProduct(history.ProductId, truth, Math.Max(level, 0.01), x.BasePrice, x.Cost, x.Varied, history);
        }).Where(p => p.History.DailyUnits.Sum() >= 5).ToList();
    }

    /// <summary>Today's price: lasting changes, short promotions, the sitewide Black Friday sale; stock-outs come and go.</summary>
    private static void Reprice(Item x, int t, bool blackFriday, Random rng)
    {
        if (x.Varied && rng.NextDouble() < 0.0025) x.Regular = Math.Round(x.Regular * (0.85 + 0.3 * rng.NextDouble()), 2);
        if (x.Varied && t > x.PromoUntil && rng.NextDouble() < 0.012) (x.PromoUntil, x.Promo) = (t + rng.Next(2, 10), 0.1 + 0.3 * rng.NextDouble());
        if (blackFriday && x.Id % 5 < 3 && t > x.PromoUntil) (x.PromoUntil, x.Promo) = (t, 0.25);
        if (t > x.OutUntil && rng.NextDouble() < 0.003) x.OutUntil = t + rng.Next(3, 16);
    }

    private static double Price(Item x, int t) => t <= x.PromoUntil ? Math.Round(x.Regular * (1 - x.Promo), 2) : x.Regular;

    /// <summary>The visitor sees up to <paramref name="shown"/> products in stock in one category and picks one or none (logit).</summary>
    private static Item? Browse(List<Item> category, int t, Random rng, int shown)
    {
        Span<int> seen = stackalloc int[shown];
        Span<double> weight = stackalloc double[shown];
        var (k, total) = (0, Math.Exp(1.6)); // the outside option: leave without buying
        for (var tries = 0; tries < 3 * shown && k < shown; tries++)
        {
            var i = rng.Next(category.Count);
            var x = category[i];
            if (t < x.Launch || t <= x.OutUntil || seen[..k].Contains(i)) continue;
            seen[k] = i;
            weight[k] = Math.Exp(x.Appeal + x.Beta * Math.Log(Price(x, t) / x.BasePrice));
            total += weight[k++];
        }
        for (var j = 0; j < k; j++)
        {
            var p = weight[j] / total;
            category[seen[j]].SumP += p;
            category[seen[j]].SumP2 += p * p;
        }
        var draw = rng.NextDouble() * total;
        for (var j = 0; j < k; j++)
            if ((draw -= weight[j]) < 0) return category[seen[j]];
        return null;
    }

    /// <summary>A purchase; on promotion some buyers stock up, and a buyer who stocked up skips the next purchase.</summary>
    private static void Buy(Item x, int t, Random rng)
    {
        var onPromotion = t <= x.PromoUntil;
        if (!onPromotion && x.Pantry >= 1) { x.Pantry--; return; }
        var quantity = rng.NextDouble() < 0.1 ? 2 : 1;
        if (onPromotion && rng.NextDouble() < 1.5 * x.Promo) { quantity++; x.Pantry++; }
        x.Units[t] += quantity;
        x.Revenue[t] = (x.Revenue[t] ?? 0) + quantity * Price(x, t);
    }

    private static double Calendar(DateOnly day)
    {
        var factor = IsBlackFridayWeekend(day) ? 2.6 : 1.0;
        if (day.Month == 12 && day.Day <= 22) factor *= 1 + 0.6 * day.Day / 22.0;
        if (day.Month == 12 && day.Day is >= 24 and <= 26) factor *= 0.35;
        if (day.Month == 1) factor *= 0.75;
        if (day.Month is 7 or 8) factor *= 0.85;
        return factor;
    }

    private static bool IsBlackFridayWeekend(DateOnly day)
    {
        var firstThursday = new DateOnly(day.Year, 11, 1).AddDays(((int)DayOfWeek.Thursday - (int)new DateOnly(day.Year, 11, 1).DayOfWeek + 7) % 7);
        var friday = firstThursday.AddDays(22);
        return day >= friday && day <= friday.AddDays(3);
    }
}
