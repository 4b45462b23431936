using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// Every product's days on one shop calendar up to a cut-off (day 0 = the earliest first day): units, prices carried
/// forward over days without a sale, usual (median) price, running sums for O(1) window means, and the shop-wide
/// demand index (<see cref="ShopDemandIndex"/>) of the same days. Built once per training; O(products · days).
/// </summary>
internal sealed class ShopTimeline
{
    public DateOnly Start { get; }
    public int Days { get; }
    public double[] Index { get; }
    public List<string> DetectedPeaks { get; }
    /// <summary>The shop's year-end breaks (<see cref="ShopCalendar.YearEndClosures"/>).</summary>
    public List<ShopCalendar.Closure> YearEndClosures { get; }
    /// <summary>The weekdays the shop is closed on (<see cref="ShopCalendar.ClosedWeekdays"/>).</summary>
    public List<DayOfWeek> ClosedWeekdays { get; }
    public IReadOnlyList<Lane> Lanes { get; }
    public IReadOnlyDictionary<string, int> Categories { get; }

    /// <summary>One price series of a product on the shop calendar: carried-forward prices, their usual (median) level,
    /// and running sums for the share of days on promotion and the mean price ÷ usual over any window.</summary>
    public class Prices(int first, double[] price, double usual)
    {
        public int First { get; } = first;
        public double[] Price { get; } = price;
        public double Usual { get; } = usual;
        public double[] PromoSum { get; } = Running(price.Select(p => ShopDemandIndex.OnPromotion(p, usual) ? 1.0
            : 0).ToArray(), 1);
        public double[] RelativePriceSum { get; } = Running(price.Select(p => usual > 0 && double.IsFinite(p) ? p / usual : 1).ToArray(),
            1);

        public double PromoShare(int from, int to) => Window(PromoSum, Math.Max(from, First), to);
        public double RelativePrice(int from, int to) => Window(RelativePriceSum, Math.Max(from, First), to);

        protected static double Window(double[] sum, int from, int to) => to < from || from < 0 ? double.NaN
            : (sum[to + 1] - sum[from]) / (to - from + 1);

        /// <summary>s[t+1] = x[t] + s[t+1−step]: window sums with stride <paramref name="step"/> by two lookups.</summary>
        protected static double[] Running(double[] x, int step)
        {
            var s = new double[x.Length + 1];
            for (var t = 0; t < x.Length; t++) s[t + 1] = x[t] + (t + 1 - step >= 0 ? s[t + 1 - step] : 0);
            return s;
        }
    }

    /// <summary>One product on the shop calendar: its units, and the prices the model reads (<see cref="ShopProduct.Price"/>).</summary>
    public sealed class Lane(ShopProduct product, int first, double[] units, double[] price, double usual, int category)
        : Prices(first, price, usual)
    {
        public ShopProduct Product { get; } = product;
        public double[] Units { get; } = units;
        public int Category { get; } = category;
        /// <summary>The product's list price (<see cref="ShopProduct.ListPrice"/>), when the shop has one.</summary>
        public Prices? List { get; init; }
        public double[] Sum { get; } = Running(units, 1);
        public double[] WeekdaySum { get; } = Running(units, 7);

        /// <summary>Mean units over days [from, to] (clipped to the product's life; NaN when none).</summary>
        public double Mean(int from, int to) => Window(Sum, Math.Max(from, First), to);

        /// <summary>Mean of days to, to−7, … back <paramref name="weeks"/> weeks (only days in the product's life).</summary>
        public double SameWeekday(int to, int weeks)
        {
            var from = to - 7 * (weeks - 1);
            while (from < First) from += 7;
            if (from > to) return double.NaN;
            var count = (to - from) / 7 + 1;
            return (WeekdaySum[to + 1] - (from >= 7 ? WeekdaySum[from - 7 + 1] : 0)) / count;
        }
    }

    public ShopTimeline(IReadOnlyList<ShopProduct> products, DateOnly cutoff)
    {
        Start = products.Count == 0 ? cutoff : products.Min(p => p.FirstDay);
        Days = cutoff.DayNumber - Start.DayNumber + 1;
        var categories = products.Select(p => p.Category).GroupBy(c => c).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => Math.Min(x.i, 30));
        Categories = categories;
        var lanes = new List<Lane>();
        var days = new List<ShopDemandIndex.ProductDays>();
        foreach (var p in products)
        {
            var first = p.FirstDay.DayNumber - Start.DayNumber;
            var n = Math.Min(p.Units.Length, Days - first);
            if (n <= 0) continue;
            var units = new double[Days];
            for (var t = first; t < first + n; t++) units[t] = double.IsFinite(p.Units[t - first]) ? Math.Max(0, p.Units[t - first]) : 0;
            var price = CarriedForward(p.Price, first, n);
            var list = p.ListPrice is { } known ? CarriedForward(known, first, Math.Min(n, known.Length)) : null;
            lanes.Add(new Lane(p, first, units, price, Usual(price, first), categories[p.Category])
                { List = list is null ? null : new Prices(first, list, Usual(list, first)) });
            days.Add(new ShopDemandIndex.ProductDays(p.FirstDay, p.Units[..n], p.Price[..n]));
        }
        Lanes = lanes;
        Index = ShopDemandIndex.Build(days, Start, cutoff);
        DetectedPeaks = ShopCalendar.Detect(Index, Start);
        var shopUnits = new double[Math.Max(0, Days)]; // Days < 1 when the cut-off falls before every product's first day
        foreach (var lane in lanes)
            for (var t = lane.First; t < Days; t++) shopUnits[t] += lane.Units[t];
        YearEndClosures = ShopCalendar.YearEndClosures(shopUnits, Start);
        ClosedWeekdays = ShopCalendar.ClosedWeekdays(shopUnits, Start);
    }

    /// <summary>Prices on the shop calendar, each day's carried forward over the days without one (NaN before the first).</summary>
    private double[] CarriedForward(double?[] prices, int first, int n)
    {
        var result = new double[Days];
        var last = double.NaN;
        for (var t = 0; t < Days; t++)
        {
            var i = t - first;
            if (i >= 0 && i < n && prices[i] is { } known && known > 0) last = known;
            result[t] = last;
        }
        return result;
    }

    /// <summary>The median of the last year's (carried-forward) prices, 0 when there is none.</summary>
    private double Usual(double[] price, int first)
    {
        var recent = price.Skip(Math.Max(first, Days - 365)).Where(double.IsFinite).Order().ToArray();
        return recent.Length == 0 ? 0 : recent[recent.Length / 2];
    }

    public double IndexMean(int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(Days - 1, to);
        if (to < from) return double.NaN;
        var sum = 0.0;
        for (var t = from; t <= to; t++) sum += Index[t];
        return sum / (to - from + 1);
    }
}
