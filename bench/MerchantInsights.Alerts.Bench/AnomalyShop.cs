using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Alerts.Bench;

/// <summary>
/// A two-year shop with planted anomalies and the things that must not be flagged. Demand per product and day is
/// gamma-Poisson (overdispersed) around base × shop weekday × season × shop-wide peaks (Black Friday weekend 2–3×,
/// December run-up 1.4×, quiet Christmas days) × product drift × price response (elasticity −2, a promotion's first day
/// ×1.5 more). Planted: one-day spikes (≥ 5× the day, ≥ 10 units, as many small orders), partial drops (10% for 5–14
/// days) and outages (0 for 4–21 days; some up to the last day) on products selling ≥ 1.5 a day, bulk lines (the larger
/// of 60 usual lines and six weeks of sales), price typos (×10 or ÷10 on one line).
/// </summary>
public static class AnomalyShop
{
    private static readonly double[] Weekday = [0.8, 1.0, 1.0, 1.0, 1.05, 1.1, 0.85]; // Sunday first

    public static SimulatedShop Simulate(int products, int seed, int days = 730)
    {
        var rng = new Random(seed);
        var first = new DateOnly(2024, 11, 1);
        var shop = ShopFactors(first, days, out var peakDays);
        var lines = new List<SaleLine>();
        var planted = new List<Planted>();
        var promoDays = new HashSet<(string, DateOnly)>();
        var orderNo = 0;
        for (var p = 0; p < products; p++)
        {
            var id = $"P{p:000}";
            var b = Math.Clamp(Math.Exp(Math.Log(2) + 1.0 * Gaussian(rng)), 0.2, 40);
            var price = Math.Round(5 + 45 * rng.NextDouble(), 2);
            var tilt = Enumerable.Range(0, 7).Select(_ => 1 + 0.1 * Gaussian(rng)).ToArray();
            var busy = new bool[days];
            foreach (var d in peakDays) if (d.DayNumber - first.DayNumber is var i && i >= 0 && i < days) busy[i] = true;
            var (cut, firstPromoDay) = Promotions(rng, days, busy);
            var factor = Enumerable.Repeat(1.0, days).ToArray();
            var extra = new double[days];
            var (typo, bulk) = (-1, -1);
            Plant(rng, id, b, first, days, busy, factor, extra, planted, ref typo, ref bulk);
            var drift = 0.0;
            for (var t = 0; t < days; t++)
            {
                drift = 0.995 * drift + 0.02 * Gaussian(rng);
                var day = first.AddDays(t);
                var dayPrice = Math.Round(price * (1 - cut[t]), 2);
                if (cut[t] > 0) promoDays.Add((id, day));
                var rate = b * shop[t] * tilt[(int)day.DayOfWeek] * Math.Exp(drift) * Math.Pow(1 - cut[t], -2) * (firstPromoDay[t] ? 1.5 : 1);
                var units = GammaPoisson(rng, rate * factor[t], 5) + (int)extra[t];
                foreach (var q in Split(rng, units))
                {
                    var linePrice = t == typo ? Math.Round(dayPrice * (rng.NextDouble() < 0.5 ? 10 : 0.1), 2) : dayPrice;
                    var order = $"O{++orderNo}";
                    if (t == typo) { planted.Add(new Planted(AlertKind.OddPrice, id, day, day, order)); typo = -1; }
                    lines.Add(new SaleLine(orderNo, order, $"C{rng.Next(5000)}", id, day.ToDateTime(new TimeOnly(12, 0)), q, linePrice, id));
                }
                if (t == bulk)
                {
                    var order = $"O{++orderNo}";
                    var q = Math.Max(60 * 2, Math.Ceiling(42 * b));
                    lines.Add(new SaleLine(orderNo, order, $"C{rng.Next(5000)}", id, day.ToDateTime(new TimeOnly(15, 0)), q, dayPrice, id));
                    planted.Add(new Planted(AlertKind.LargeOrder, id, day, day, order));
                }
            }
        }
        return new SimulatedShop(lines, planted, peakDays, promoDays, first, days, products);
    }

    /// <summary>Shop-wide factor per day (weekday × season × peaks) and the peak days that must not be flagged.</summary>
    private static double[] ShopFactors(DateOnly first, int days, out HashSet<DateOnly> peaks)
    {
        peaks = [];
        var f = new double[days];
        for (var t = 0; t < days; t++)
        {
            var day = first.AddDays(t);
            var x = Weekday[(int)day.DayOfWeek] * (1 + 0.2 * Math.Sin(2 * Math.PI * day.DayOfYear / 365.0));
            var blackFriday = new DateOnly(day.Year, 11, 1).AddDays(((int)DayOfWeek.Friday - (int)new DateOnly(day.Year, 11, 1).DayOfWeek + 7) % 7 + 21);
            var fromBf = day.DayNumber - blackFriday.DayNumber;
            if (fromBf is >= -1 and <= 3) { x *= fromBf switch { -1 => 1.6, 0 => 3.0, 1 => 2.2, 2 => 1.8, _ => 2.5 }; peaks.Add(day); }
            if (day.Month == 12 && day.Day <= 21) { x *= 1.4; peaks.Add(day); }
            if (day.Month == 12 && day.Day is >= 24 and <= 26) { x *= 0.4; peaks.Add(day); }
            f[t] = x;
        }
        return f;
    }

    /// <summary>Promotions every two months or so (15–35% off for 3–10 days, never over a peak); per day the cut and whether it is the first day.</summary>
    private static (double[] Cut, bool[] First) Promotions(Random rng, int days, bool[] busy)
    {
        var (cut, firstDay) = (new double[days], new bool[days]);
        for (var t = 20 + rng.Next(40); t < days - 12; t += 40 + rng.Next(40))
        {
            var length = 3 + rng.Next(8);
            if (Enumerable.Range(t, length).Any(d => busy[d])) continue;
            var depth = 0.15 + 0.2 * rng.NextDouble();
            for (var d = t; d < t + length; d++) { cut[d] = depth; busy[d] = true; }
            for (var d = t + length; d < Math.Min(days, t + length + 7); d++) busy[d] = true; // the dip after it
            firstDay[t] = true;
        }
        return (cut, firstDay);
    }

    private static void Plant(Random rng, string id, double b, DateOnly first, int days, bool[] busy, double[] factor, double[] extra,
        List<Planted> planted, ref int typo, ref int bulk)
    {
        int Free(int length)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var t = 35 + rng.Next(days - 70 - length);
                if (Enumerable.Range(t - 7, length + 14).Any(d => busy[d])) continue;
                for (var d = t - 7; d < t + length + 7; d++) busy[d] = true;
                return t;
            }
            return -1;
        }
        if (rng.NextDouble() < 0.5 && Free(1) is var s && s >= 0)
        {
            extra[s] = Math.Max(10, Math.Ceiling(5 * b * 1.3));
            planted.Add(new Planted(AlertKind.Spike, id, first.AddDays(s), first.AddDays(s), null));
        }
        if (b >= 1.5 && rng.NextDouble() < 0.3 && (5 + rng.Next(10)) is var dl && Free(dl) is var d0 && d0 >= 0)
        {
            for (var t = d0; t < d0 + dl; t++) factor[t] = 0.1;
            planted.Add(new Planted(AlertKind.Drop, id, first.AddDays(d0), first.AddDays(d0 + dl - 1), null));
        }
        var ending = b >= 1.5 && rng.NextDouble() < 0.08;
        if (b >= 1.5 && (ending || rng.NextDouble() < 0.3) && (4 + rng.Next(18)) is var ol && (ending ? days - ol : Free(ol)) is var o0 && o0 >= 0)
        {
            for (var t = o0; t < o0 + ol; t++) factor[t] = 0;
            planted.Add(new Planted(AlertKind.Drop, id, first.AddDays(o0), first.AddDays(o0 + ol - 1), null, Outage: true));
        }
        if (rng.NextDouble() < 0.3) bulk = Free(1);
        if (rng.NextDouble() < 0.3) typo = Free(1);
    }

    /// <summary>Small order lines (1 unit mostly, up to 4) adding up to the day's units.</summary>
    private static IEnumerable<double> Split(Random rng, int units)
    {
        while (units > 0)
        {
            var q = Math.Min(units, rng.NextDouble() < 0.6 ? 1 : 2 + rng.Next(3));
            units -= q;
            yield return q;
        }
    }

    private static int GammaPoisson(Random rng, double mean, double shape)
    {
        if (mean <= 0) return 0;
        var lambda = Gamma(rng, shape) * mean / shape;
        var (k, p, limit) = (0, 1.0, Math.Exp(-Math.Min(lambda, 500)));
        if (lambda > 60) return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * Gaussian(rng)));
        while ((p *= rng.NextDouble()) > limit) k++;
        return k;
    }

    /// <summary>Marsaglia–Tsang gamma draw (shape ≥ 1).</summary>
    private static double Gamma(Random rng, double shape)
    {
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var (x, v) = (Gaussian(rng), 0.0);
            v = Math.Pow(1 + c * x, 3);
            if (v <= 0) continue;
            if (Math.Log(rng.NextDouble()) < 0.5 * x * x + d - d * v + d * Math.Log(v)) return d * v;
        }
    }

    private static double Gaussian(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
