namespace MerchantInsights.Analytics.Series;

/// <summary>
/// One daily index of the shop's traffic, built from all products: the day effects of a two-way Poisson model
/// units[p,t] ~ Poisson(level[p] · index[t]), fitted by iterative proportional fitting (the maximum-likelihood solution
/// of that model, Bishop, Fienberg &amp; Holland 1975, ch. 3). Robust to any single product's price moves: a product's day
/// counts only when its price is within <see cref="PromotionShare"/> of its usual (median) price, and each product's
/// weight on a day is capped so one best-seller cannot make the index. The index averages 1 over the last 364 days (or
/// the whole range when shorter): a value of 1.3 is a day 30% busier than usual for the shop. Used as an offset by the
/// pricing model (a shop-wide peak is not a price response) and as a feature by the forecasting models.
/// O(iterations · product-days). Limits: days when nothing sold get index 0; products need ≥ 28 active days to count.
/// </summary>
public static class ShopDemandIndex
{
    /// <summary>A day priced more than this share below the product's usual price is a promotion and does not shape the index.</summary>
    public const double PromotionShare = 0.1;
    private const int Iterations = 30;

    /// <summary>One product's daily units (and prices, null when unknown) from <paramref name="FirstDay"/> to the shop's last
    /// day.</summary>
    public readonly record struct ProductDays(DateOnly FirstDay, double[] Units, double?[] Price);

    /// <summary>The index for every day from <paramref name="firstDay"/> to <paramref name="lastDay"/>.</summary>
    public static double[] Build(IReadOnlyList<ProductDays> products, DateOnly firstDay, DateOnly lastDay)
    {
        var days = lastDay.DayNumber - firstDay.DayNumber + 1;
        if (days <= 0) return [];
        var rows = new List<(int Offset, double[] Units, bool[] Counts)>();
        foreach (var p in products)
        {
            var offset = p.FirstDay.DayNumber - firstDay.DayNumber;
            var counts = Usable(p, offset, days);
            if (counts.Count(c => c) >= 28 && p.Units.Any(u => u > 0)) rows.Add((offset, Capped(p.Units), counts));
        }
        var index = Enumerable.Repeat(1.0, days).ToArray();
        if (rows.Count == 0) return index;
        var level = new double[rows.Count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var (offset, units, counts) = rows[r];
                double sold = 0, exposure = 0;
                for (var i = 0; i < units.Length; i++)
                    if (counts[i]) { sold += units[i]; exposure += index[offset + i]; }
                level[r] = exposure > 0 ? sold / exposure : 0;
            }
            var (dayUnits, dayLevel) = (new double[days], new double[days]);
            for (var r = 0; r < rows.Count; r++)
            {
                var (offset, units, counts) = rows[r];
                for (var i = 0; i < units.Length; i++)
                    if (counts[i] && offset + i >= 0) { dayUnits[offset + i] += units[i]; dayLevel[offset + i] += level[r]; }
            }
            for (var t = 0; t < days; t++) index[t] = dayLevel[t] > 0 ? dayUnits[t] / dayLevel[t] : 1;
            Normalise(index);
        }
        return index;
    }

    /// <summary>Days the product shaped the index: inside the range, not on promotion (when prices are known).</summary>
    private static bool[] Usable(ProductDays p, int offset, int days)
    {
        var prices = p.Price.Where(x => x is > 0).Select(x => x!.Value).Order().ToArray();
        var usual = prices.Length == 0 ? 0 : prices[prices.Length / 2];
        var counts = new bool[p.Units.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var t = offset + i;
            if (t < 0 || t >= days) continue;
            counts[i] = usual <= 0 || p.Price[i] is not { } price || price >= usual * (1 - PromotionShare);
        }
        return counts;
    }

    /// <summary>Caps each day at 5× the product's mean selling day, so a single bulk day cannot move the shop's index.</summary>
    private static double[] Capped(double[] units)
    {
        var selling = units.Where(u => u > 0).ToArray();
        var cap = selling.Length == 0 ? 0 : 5 * selling.Average();
        return units.Select(u => Math.Min(u, cap)).ToArray();
    }

    /// <summary>Mean 1 over the last 364 days (index 0 days excluded).</summary>
    private static void Normalise(double[] index)
    {
        var recent = index.Skip(Math.Max(0, index.Length - 364)).Where(v => v > 0).ToArray();
        var mean = recent.Length == 0 ? 1 : recent.Average();
        if (mean <= 0) return;
        for (var t = 0; t < index.Length; t++) index[t] /= mean;
    }
}
