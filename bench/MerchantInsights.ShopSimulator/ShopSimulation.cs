using System.Globalization;

namespace MerchantInsights.ShopSimulator;

/// <summary>
/// Generates a shop's order lines day by day from the catalogue's hidden truth: demand per product is Poisson with a
/// rate of base demand × trend × weekday × season × (price / base price)^elasticity; loyal customers re-buy their
/// favourites; planted partners join orders; about 2.5% of lines come back as returns a few days later.
/// Lines are written as they are made (a million-line file never sits in memory).
/// </summary>
public sealed class ShopSimulation(List<SimProduct> products, DateOnly first, int days, int customers, double scale, int seed)
{
    private static readonly double[] Weekday = [1.15, 0.85, 0.88, 0.92, 1.0, 1.1, 1.3]; // Sunday first, like DayOfWeek
    private readonly Random _rng = new(seed);
    private readonly Dictionary<int, List<string>> _returnsDue = [];
    private int _nextOrder = 100001;
    private int _nextReturn = 1;

    public long Lines { get; private set; }

    public const string Header = "order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost";

    public void Write(TextWriter output)
    {
        output.WriteLine(Header);
        var people = new CustomerBase(_rng, customers, products);
        var partner = Catalogue.PlantedPairs.Where(p => products.Any(x => x.Id == p.First)).ToDictionary(p => p.First, p => products.First(x => x.Id == p.Second));
        var byDemand = new WeightedPicker(products.Select(p => p.BaseDemand).ToArray());
        for (var d = 0; d < days; d++)
        {
            var day = first.AddDays(d);
            var lines = new List<(int Minute, string Line)>();
            foreach (var (p, index) in products.Select((p, i) => (p, i)))
            {
                if (day < p.Launch || day > p.Discontinued) continue;
                var rate = scale * p.BaseDemand * Season(day, d, p) * Math.Pow(p.Price[d] / p.BasePrice, p.Elasticity);
                for (var n = Poisson(rate); n > 0; n--)
                {
                    var order = (_nextOrder++).ToString(CultureInfo.InvariantCulture);
                    var customer = people.For(index);
                    var minute = 7 * 60 + _rng.Next(16 * 60);
                    Add(lines, d, minute, order, customer, p);
                    // Basket additions follow their own product's price too, so every product's units obey its elasticity.
                    if (partner.TryGetValue(p.Id, out var q) && _rng.NextDouble() < 0.35 * PriceEffect(q, d) && Active(q, day)) Add(lines, d, minute, order, customer, q);
                    if (products[byDemand.Pick(_rng)] is var extra && _rng.NextDouble() < 0.2 * PriceEffect(extra, d) && extra != p && Active(extra, day)) Add(lines, d, minute, order, customer, extra);
                }
            }
            if (_returnsDue.Remove(d, out var due)) lines.AddRange(due.Select(l => (23 * 60 + 30, l)));
            foreach (var (_, line) in lines.OrderBy(l => l.Minute)) { output.WriteLine(line); Lines++; }
        }
    }

    private static double PriceEffect(SimProduct p, int d) => Math.Pow(p.Price[d] / p.BasePrice, p.Elasticity);

    private static bool Active(SimProduct p, DateOnly day) => day >= p.Launch && !(day > p.Discontinued);

    private void Add(List<(int, string)> lines, int d, int minute, string order, string customer, SimProduct p)
    {
        var quantity = _rng.NextDouble() switch { < 0.8 => 1, < 0.95 => 2, _ => 3 };
        var at = first.AddDays(d).ToDateTime(new TimeOnly(minute / 60, minute % 60, _rng.Next(60)));
        lines.Add((minute, Line(order, at, customer, p, quantity, p.Price[d])));
        if (_rng.NextDouble() >= 0.025) return;
        var back = d + 3 + _rng.Next(18);
        if (back >= days) return;
        var returnAt = first.AddDays(back).ToDateTime(new TimeOnly(23, 30));
        if (!_returnsDue.TryGetValue(back, out var list)) _returnsDue[back] = list = [];
        list.Add(Line($"R{_nextReturn++}", returnAt, customer, p, -quantity, p.Price[d]));
    }

    private static string Line(string order, DateTime at, string customer, SimProduct p, int quantity, double price) =>
        string.Join(',', order, at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), customer, p.Id, Quote(p.Name), Quote(p.Category),
            quantity.ToString(CultureInfo.InvariantCulture), price.ToString("0.00", CultureInfo.InvariantCulture),
            p.Cost?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");

    private static string Quote(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>Growth of 25% a year, weekend peak, winter high and summer dip, Christmas ramp, Black Friday, a quiet Christmas break.</summary>
    public static double Season(DateOnly day, int index, SimProduct p)
    {
        var trend = 1 + 0.25 * index / 365.0;
        var year = 1 + 0.15 * Math.Cos(2 * Math.PI * (day.DayOfYear - 15) / 365.25);
        var christmas = day.Month switch
        {
            11 when day.Day >= 15 => 1 + (day.Day - 15) / 15.0 * (p.Category == "Gifts" ? 2.0 : 0.6),
            12 when day.Day <= 22 => p.Category == "Gifts" ? 3.0 : 1.6,
            12 when day.Day <= 26 => 0.4,
            _ => 1,
        };
        var blackFriday = day.Month == 11 && day.DayOfWeek == DayOfWeek.Friday && day.Day is >= 22 and <= 28 ? 2.0 : 1;
        return trend * year * christmas * blackFriday * Weekday[(int)day.DayOfWeek];
    }

    private int Poisson(double rate)
    {
        if (rate > 30) return Math.Max(0, (int)Math.Round(rate + Math.Sqrt(rate) * Catalogue.Gaussian(_rng)));
        var (limit, k, product) = (Math.Exp(-rate), 0, _rng.NextDouble());
        while (product > limit) { k++; product *= _rng.NextDouble(); }
        return k;
    }
}
