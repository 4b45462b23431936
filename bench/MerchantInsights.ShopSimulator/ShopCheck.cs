using System.Globalization;

namespace MerchantInsights.ShopSimulator;

/// <summary>Reads a generated shop back and checks what the demo promises: size, span, seasonality, repeat buyers, returns, pairs.</summary>
public static class ShopCheck
{
    public static int Run(string path)
    {
        var lines = File.ReadLines(path).Skip(1).Select(Split).Select(f => (Order: f[0], Day: DateOnly.ParseExact(f[1][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Customer: f[2], Product: f[3], Quantity: double.Parse(f[6], CultureInfo.InvariantCulture))).ToList();
        var sales = lines.Where(l => l.Quantity > 0).ToList();
        var (firstDay, lastDay) = (lines.Min(l => l.Day), lines.Max(l => l.Day));
        var months = (lastDay.Year - firstDay.Year) * 12 + lastDay.Month - firstDay.Month + 1;
        var customers = sales.Where(l => l.Customer != "").GroupBy(l => l.Customer).Select(g => g.Select(l => l.Order).Distinct().Count()).ToList();
        var repeat = customers.Count(c => c > 1) / (double)customers.Count;
        var rebuy = sales.Where(l => l.Customer != "").GroupBy(l => (l.Customer, l.Product)).Count(g => g.Select(l => l.Order).Distinct().Count() > 1)
            / (double)sales.Where(l => l.Customer != "").Select(l => (l.Customer, l.Product)).Distinct().Count();
        var byWeekday = sales.GroupBy(l => l.Day.DayOfWeek).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity) / (lines.Count == 0 ? 1 : 104.0));
        var weekend = (byWeekday[DayOfWeek.Saturday] + byWeekday[DayOfWeek.Sunday]) / 2;
        var midweek = (byWeekday[DayOfWeek.Monday] + byWeekday[DayOfWeek.Tuesday] + byWeekday[DayOfWeek.Wednesday]) / 3;
        var perDay = sales.GroupBy(l => l.Day).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var december = perDay.Where(d => d.Key.Month == 12 && d.Key.Day <= 22).Average(d => d.Value) / perDay.Values.Average();
        var returns = lines.Count(l => l.Quantity < 0) / (double)lines.Count;
        var orders = sales.GroupBy(l => l.Order).Select(g => g.Select(l => l.Product).ToHashSet()).ToList();

        Console.WriteLine($"lines {lines.Count:N0}, orders {orders.Count:N0}, products {lines.Select(l => l.Product).Distinct().Count()}, customers {customers.Count:N0}");
        Console.WriteLine($"dates {firstDay:yyyy-MM-dd} to {lastDay:yyyy-MM-dd} ({months} months); returns {returns:P1} of lines");
        Console.WriteLine($"customers with 2+ orders {repeat:P0}; customer-product pairs bought again {rebuy:P0}");
        Console.WriteLine($"weekend/midweek units {weekend / midweek:0.00}; 1-22 December vs average day {december:0.00}");
        var ok = lines.Select(l => l.Product).Distinct().Count() >= 50 && customers.Count >= 500 && months >= 18
            && weekend / midweek > 1.15 && december > 1.3 && repeat > 0.3 && returns is > 0.01 and < 0.05;
        foreach (var (a, b) in Catalogue.PlantedPairs)
        {
            var both = orders.Count(o => o.Contains(a) && o.Contains(b));
            Console.WriteLine($"planted pair {a} + {b}: together in {both} orders");
            ok &= both >= 20;
        }
        Console.WriteLine(ok ? "check passed" : "check FAILED");
        return ok ? 0 : 1;
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
