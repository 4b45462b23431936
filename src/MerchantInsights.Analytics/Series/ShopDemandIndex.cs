namespace MerchantInsights.Analytics.Series;

/// <summary>
/// One daily index of the shop's traffic, built from all products: the day effects of a two-way Poisson model
/// units[p,t] ~ Poisson(level[p] · index[t]), fitted by iterative proportional fitting (the maximum-likelihood solution
/// of that model, Bishop, Fienberg &amp; Holland 1975, ch. 3). Robust to any single product's price moves: a product's day
/// counts only when its price is within <see cref="PromotionShare"/> of its usual (median) price, and each product's
/// weight on a day is capped so one best-seller cannot make the index. The index averages 1 over the last 364 days (or
/// the whole range when shorter): a value of 1.3 is a day 30% busier than usual for the shop. Used as an offset by the
/// pricing model (a shop-wide peak is not a price response) and as a feature by the forecasting models.
/// O(iterations · product-days). A product's runs of days without a sale that its selling rhythm makes very unlikely (out
/// of stock) do not shape it (<see cref="LeaveOutUnavailableRuns"/>). Limits: days when nothing sold get index 0; products
/// need ≥ 28 active days to count; a sitewide sale reads low unless asked to take its surroundings' level (the pricing
/// model asks).
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
    /// <param name="products">Every product's days.</param>
    /// <param name="firstDay">The first day of the index.</param>
    /// <param name="lastDay">Its last day.</param>
    /// <param name="levelOverSitewideSales">Whether a sitewide sale day (<see cref="SitewideSaleDays"/>) takes the level of the
    /// days around it — what the pricing model needs as its offset, so the season is not read as the sale's price response.
    /// Off, such a day is measured by the products that sold nothing that day and reads low, which marks it: the forecasting
    /// model learns from that mark (interpolating it cost its bench 0.4–5 points of gain on the simulated shops).</param>
    public static double[] Build(IReadOnlyList<ProductDays> products, DateOnly firstDay, DateOnly lastDay,
        bool levelOverSitewideSales = false)
    {
        var days = lastDay.DayNumber - firstDay.DayNumber + 1;
        if (days <= 0) return [];
        var usual = products.Select(Usual).ToArray();
        var sitewide = levelOverSitewideSales ? SitewideSaleDays(products, usual, firstDay, days) : new bool[days];
        return Build(products, firstDay, days, usual, sitewide, levelOverSitewideSales);
    }

    /// <summary>The index with its sitewide sale days taking the level around them (<see cref="Build(IReadOnlyList{ProductDays},
    /// DateOnly, DateOnly, bool)"/> with <c>levelOverSitewideSales</c>), and those days (<see cref="SitewideSaleDays"/>),
    /// found once for both: what the pricing model reads.</summary>
    public static (double[] Index, bool[] SitewideSales) BuildOverSitewideSales(IReadOnlyList<ProductDays> products, DateOnly firstDay,
        DateOnly lastDay)
    {
        var days = lastDay.DayNumber - firstDay.DayNumber + 1;
        if (days <= 0) return ([], []);
        var usual = products.Select(Usual).ToArray();
        var sitewide = SitewideSaleDays(products, usual, firstDay, days);
        return (Build(products, firstDay, days, usual, sitewide, levelOverSitewideSales: true), sitewide);
    }

    private static double[] Build(IReadOnlyList<ProductDays> products, DateOnly firstDay, int days, double[] usual, bool[] sitewide,
        bool levelOverSitewideSales)
    {
        var rows = new List<(int Offset, double[] Units, bool[] Counts)>();
        for (var k = 0; k < products.Count; k++)
        {
            var p = products[k];
            var offset = p.FirstDay.DayNumber - firstDay.DayNumber;
            if (Counted(p, usual[k], offset, days, sitewide) is { } counts) rows.Add((offset, Capped(p.Units), counts));
        }
        var index = Enumerable.Repeat(1.0, days).ToArray();
        if (rows.Count == 0) return index;
        var level = new double[rows.Count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            if (iteration == UnavailableAfter)
                foreach (var (offset, units, counts) in rows) LeaveOutUnavailableRuns(units, counts, offset, index);
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
            if (levelOverSitewideSales && iteration == Iterations - 1) FillUnmeasured(index, dayLevel);
        }
        return index;
    }

    /// <summary>
    /// A day no product could measure (a sitewide sale) takes the level of the measured days around it: a straight line
    /// through the logs of the measured days within <see cref="FillDays"/> days either side (least squares), read at that
    /// day — the season's slope without any one day's noise. What a sale adds beyond the season is then the price's to
    /// explain (a sale that also brings extra shoppers is read as a stronger price response: nothing measured that day
    /// can tell the two apart).
    /// </summary>
    private static void FillUnmeasured(double[] index, double[] dayLevel)
    {
        var measured = Enumerable.Range(0, index.Length).Where(t => dayLevel[t] > 0 && index[t] > 0).ToArray();
        if (measured.Length == 0 || measured.Length == index.Length) return;
        var filled = (double[])index.Clone();
        for (var t = 0; t < index.Length; t++)
        {
            if (dayLevel[t] > 0) continue;
            double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
            foreach (var d in measured)
            {
                if (Math.Abs(d - t) > FillDays) continue;
                var (x, y) = (d - t, Math.Log(index[d]));
                (n, sx, sy, sxx, sxy) = (n + 1, sx + x, sy + y, sxx + x * x, sxy + x * y);
            }
            if (n == 0)
            {
                filled[t] = index[measured.MinBy(d => Math.Abs(d - t))];
                continue;
            }
            var denominator = n * sxx - sx * sx;
            var slope = n >= 3 && denominator > 1e-9 ? (n * sxy - sx * sy) / denominator : 0;
            filled[t] = Math.Exp((sy - slope * sx) / n);   // the line at x = 0
        }
        Array.Copy(filled, index, index.Length);
        Normalise(index);
    }

    /// <summary>
    /// Each product's category season: how far its category's demand stands above or below what the shop index alone
    /// expects, day by day — the category's units over its products' levels × the index, summed over the days within
    /// <see cref="CategoryWindow"/> either side, without the product itself (so its own price moves do not shape it), on the
    /// days the index counts (regular price, no sitewide sale, not a run it could not be bought) and the product was not on
    /// promotion, shrunk toward 1 by <see cref="CategoryPseudoUnits"/>. 1 for a category with fewer than
    /// <see cref="CategoryMinProducts"/> products that count, and everywhere in a shop with fewer than two such categories.
    /// Per product, over its own days. O(product-days).
    /// </summary>
    public static double[][] CategorySeasons(IReadOnlyList<ProductDays> products, IReadOnlyList<string> categories, DateOnly firstDay,
        double[] index, bool[] sitewide)
    {
        var days = index.Length;
        var usual = products.Select(Usual).ToArray();
        var rows = new (double[] U, double[] E)?[products.Count];
        for (var k = 0; k < products.Count; k++)
        {
            var p = products[k];
            var offset = p.FirstDay.DayNumber - firstDay.DayNumber;
            if (Counted(p, usual[k], offset, days, sitewide) is not { } counts) continue;
            var units = Capped(p.Units);
            LeaveOutUnavailableRuns(units, counts, offset, index);
            double sold = 0, exposure = 0;
            for (var i = 0; i < units.Length; i++)
                if (counts[i]) { sold += units[i]; exposure += index[offset + i]; }
            var level = exposure > 0 ? sold / exposure : 0;
            var (u, e) = (new double[days], new double[days]);
            for (var i = 0; i < units.Length; i++)
                if (counts[i]) { u[offset + i] = units[i]; e[offset + i] = level * index[offset + i]; }
            rows[k] = (u, e);
        }
        var result = new double[products.Count][];
        var groups = Enumerable.Range(0, products.Count).GroupBy(k => categories[k]).ToList();
        // A category is a season of its own only beside another: in a shop of one category it is the shop.
        if (groups.Count(g => g.Count(k => rows[k] is not null) >= CategoryMinProducts) < 2)
            return [.. products.Select(p => Enumerable.Repeat(1.0, p.Units.Length).ToArray())];
        foreach (var group in groups)
        {
            var members = group.Where(k => rows[k] is not null).ToList();
            var (sumU, sumE) = (new double[days], new double[days]);
            foreach (var k in members)
                for (var t = 0; t < days; t++) { sumU[t] += rows[k]!.Value.U[t]; sumE[t] += rows[k]!.Value.E[t]; }
            foreach (var k in group)
            {
                var p = products[k];
                var offset = p.FirstDay.DayNumber - firstDay.DayNumber;
                var factor = result[k] = Enumerable.Repeat(1.0, p.Units.Length).ToArray();
                if (members.Count - (rows[k] is null ? 0 : 1) < CategoryMinProducts - 1) continue;
                // The product's own promotion days are skipped too: shoppers its discount drew from its siblings would
                // otherwise lower its category's season on exactly those days and read as a stronger response.
                var (pu, pe) = (new double[days + 1], new double[days + 1]);
                for (var t = 0; t < days; t++)
                {
                    var promoted = t - offset is var i && i >= 0 && i < p.Price.Length && p.Price[i] is { } price
                        && OnPromotion(price, usual[k]);
                    pu[t + 1] = pu[t] + (promoted ? 0 : sumU[t] - (rows[k]?.U[t] ?? 0));
                    pe[t + 1] = pe[t] + (promoted ? 0 : sumE[t] - (rows[k]?.E[t] ?? 0));
                }
                for (var i = 0; i < factor.Length; i++)
                {
                    var t = offset + i;
                    if (t < 0 || t >= days) continue;
                    var (from, to) = (Math.Max(0, t - CategoryWindow), Math.Min(days, t + CategoryWindow + 1));
                    factor[i] = (pu[to] - pu[from] + CategoryPseudoUnits) / (pe[to] - pe[from] + CategoryPseudoUnits);
                }
            }
        }
        return result;
    }

    /// <summary>Days either side that shape a day's category season.</summary>
    private const int CategoryWindow = 14;
    /// <summary>Units of "as the shop index expects" added to each window, so a thin category's season stays near 1.</summary>
    private const double CategoryPseudoUnits = 20;
    /// <summary>The fewest products that count for a category season of its own.</summary>
    private const int CategoryMinProducts = 5;

    /// <summary>The iteration after which runs of days a product could not be bought stop shaping the index (the index is
    /// then good enough to judge them by).</summary>
    private const int UnavailableAfter = 10;

    /// <summary>The chance below which a run of days without a sale is taken for days the product could not be bought; the
    /// pricing fit's rule too (<c>UnavailableDays</c>).</summary>
    internal const double UnavailableChance = 1e-4;

    /// <summary>The longest run of days without a sale taken for a stock-out: a longer quiet stretch is more likely demand that
    /// fell; the pricing fit's rule too.</summary>
    internal const int UnavailableMaxDays = 28;

    /// <summary>
    /// Leaves out of the index the product's runs of days without a sale that its own selling rhythm makes very unlikely
    /// (out of stock, unlisted): exports rarely say so, and a best-seller missing for three weeks in spring otherwise reads
    /// as a quiet shop, or in a category season as a quiet category for all its siblings. A day sells with chance
    /// 1 − e^(−λ·index) (λ: the rate of its selling days, fitted so the chances average its share of selling days, so a
    /// product sold in weekly lumps is judged by its weeks, not its units); a run is left out when its chance of no sale,
    /// e^(−λ·Σ index), is below <see cref="UnavailableChance"/>, it lasted at most <see cref="UnavailableMaxDays"/> days and a
    /// sale ended it (a run still
    /// going may be demand that stopped) — the pricing engine's rules for the same days (<c>UnavailableDays</c>).
    /// </summary>
    internal static void LeaveOutUnavailableRuns(double[] units, bool[] counts, int offset, double[] index)
    {
        var (counted, selling) = (0, 0);
        for (var i = 0; i < units.Length; i++)
            if (counts[i]) { counted++; if (units[i] > 0) selling++; }
        if (counted == 0 || selling == 0 || selling == counted || !HasEndedQuietRun(units)) return;
        var share = selling / (double)counted;
        double Mean(double rate)
        {
            var sum = 0.0;
            for (var i = 0; i < units.Length; i++) if (counts[i]) sum += 1 - Math.Exp(-rate * index[offset + i]);
            return sum / counted;
        }
        var (low, high) = (1e-6, 50.0);
        for (var step = 0; step < 32; step++)
        {
            var mid = Math.Sqrt(low * high);
            if (Mean(mid) < share) low = mid; else high = mid;
        }
        var lambda = Math.Sqrt(low * high);
        var limit = -Math.Log(UnavailableChance);
        // Only the product's days inside the index's range are judged (a day beyond it has no index to weigh).
        var last = Math.Min(units.Length, index.Length - offset);
        for (var i = Math.Max(0, -offset); i < last;)
        {
            if (units[i] > 0) { i++; continue; }
            var end = i;
            var exposure = 0.0;
            while (end < last && units[end] == 0) exposure += index[offset + end++];
            if (end < last && end - i <= UnavailableMaxDays && lambda * exposure > limit)
                for (var k = i; k < end; k++) counts[k] = false;
            i = end;
        }
    }

    /// <summary>Whether some run of at least two days without a sale, at most <see cref="UnavailableMaxDays"/> long, ended with a
    /// sale.</summary>
    private static bool HasEndedQuietRun(double[] units)
    {
        var run = 0;
        foreach (var u in units)
        {
            if (u == 0) { run++; continue; }
            if (run >= 2 && run <= UnavailableMaxDays) return true;
            run = 0;
        }
        return false;
    }

    /// <summary>Days either side whose measured index shapes an unmeasured day's.</summary>
    private const int FillDays = 21;

    /// <summary>Days the product shaped the index: inside the range, not on promotion (when prices are known), and not a
    /// sitewide sale (<see cref="SitewideSaleDays"/>).</summary>
    private static bool[] Usable(ProductDays p, double usual, int offset, int days, bool[] sitewide)
    {
        var counts = new bool[p.Units.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var t = offset + i;
            if (t < 0 || t >= days) continue;
            counts[i] = !sitewide[t] && !(p.Price[i] is { } price && OnPromotion(price, usual));
        }
        return counts;
    }

    /// <summary>The product's days that shape the index (<see cref="Usable"/>), or null when it does not count: under
    /// <see cref="MinCountedDays"/> such days, or no sale at all.</summary>
    private static bool[]? Counted(ProductDays p, double usual, int offset, int days, bool[] sitewide)
    {
        var counts = Usable(p, usual, offset, days, sitewide);
        return counts.Count(c => c) >= MinCountedDays && p.Units.Any(u => u > 0) ? counts : null;
    }

    /// <summary>A product shapes the index (and its category's season) only with at least this many usable days.</summary>
    private const int MinCountedDays = 28;

    /// <summary>Whether a day's price is a promotion: more than <see cref="PromotionShare"/> below a known usual price.</summary>
    internal static bool OnPromotion(double price, double usual) => usual > 0 && price < usual * (1 - PromotionShare);

    /// <summary>The product's usual price: the median of its known prices, 0 when none.</summary>
    private static double Usual(ProductDays p)
    {
        var prices = p.Price.Where(x => x is > 0).Select(x => x!.Value).Order().ToArray();
        return prices.Length == 0 ? 0 : prices[prices.Length / 2];
    }

    /// <summary>
    /// Days when nearly every product that sold was on promotion (at least <see cref="SitewideShare"/> of them, and at least
    /// <see cref="SitewideMinProducts"/>): a sitewide sale. No product is at its regular price then, so none measures the
    /// index; counted as other days, only the products that happened to sell nothing did (an unsold day has no price of its
    /// own), and a spring-sale week in a garden shop whose season triples read an index of 0.4–0.7 between days of 1.4 —
    /// elasticities of −3 to −6 where the truth is about −1. Such days take the level of the days around them
    /// (<see cref="FillUnmeasured"/>).
    /// </summary>
    private static bool[] SitewideSaleDays(IReadOnlyList<ProductDays> products, double[] usuals, DateOnly firstDay, int days)
    {
        var (promoted, priced) = (new int[days], new int[days]);
        for (var k = 0; k < products.Count; k++)
        {
            var (p, usual) = (products[k], usuals[k]);
            if (usual <= 0) continue;
            var offset = p.FirstDay.DayNumber - firstDay.DayNumber;
            for (var i = 0; i < p.Price.Length; i++)
            {
                var t = offset + i;
                if (t < 0 || t >= days || p.Price[i] is not > 0) continue;
                priced[t]++;
                if (OnPromotion(p.Price[i]!.Value, usual)) promoted[t]++;
            }
        }
        return Enumerable.Range(0, days).Select(t => priced[t] >= SitewideMinProducts && promoted[t] >= SitewideShare * priced[t])
            .ToArray();
    }

    /// <summary>The share of the day's selling products on promotion that makes it a sitewide sale (promoted products sell
    /// more often, so a sale of part of the range — 60% of it on a simulated Black Friday — stays below it, and its regular
    /// products still measure the day's traffic), and the fewest selling products that can tell.</summary>
    private const double SitewideShare = 0.75;
    private const int SitewideMinProducts = 5;

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
