using MathNet.Numerics.Distributions;
using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

/// <summary>
/// Customers simulated from the BG/NBD story itself: a first purchase at day 0, then Poisson purchases at rate λ until
/// the customer drops out (probability p after each repeat purchase). Purchases are whole days, as the engine sees them.
/// </summary>
internal static class BgNbdProcess
{
    public sealed record Customer(string Id, DateOnly First, List<DateOnly> Purchases);

    public static List<Customer> Simulate(BgNbdParameters truth, int count, DateOnly end, int seed)
    {
        var rng = new Random(seed);
        var customers = new List<Customer>(count);
        for (var i = 0; i < count; i++)
        {
            var first = end.AddDays(-rng.Next(60, 400));
            var lambda = Gamma.Sample(rng, truth.R, truth.Alpha);
            var p = Beta.Sample(rng, truth.A, truth.B);
            var days = new List<DateOnly> { first };
            for (var t = 0.0; ;)
            {
                t += Exponential.Sample(rng, lambda);
                var day = first.AddDays((int)Math.Min(t, 10_000));
                if (day > end) break;
                if (day != days[^1]) days.Add(day);
                if (rng.NextDouble() < p) break;
            }
            customers.Add(new Customer($"C{i:00000}", first, days));
        }
        return customers;
    }

    /// <summary>The simulated customers as (x, t_x, T) at <paramref name="cutoff"/>; customers born after it are left out.</summary>
    public static List<RepeatBuying> Buying(IEnumerable<Customer> customers, DateOnly cutoff) =>
        customers.Where(c => c.First <= cutoff).Select(c =>
        {
            var seen = c.Purchases.Where(d => d <= cutoff).ToList();
            return new RepeatBuying(seen.Count - 1, seen[^1].DayNumber - c.First.DayNumber, cutoff.DayNumber - c.First.DayNumber);
        }).ToList();

    /// <summary>Lines with a spend per purchase day drawn from a per-customer Gamma (the Gamma-Gamma story).</summary>
    public static List<CustomerLine> Lines(IEnumerable<Customer> customers, int seed)
    {
        var rng = new Random(seed);
        var lines = new List<CustomerLine>();
        foreach (var c in customers)
        {
            var nu = Gamma.Sample(rng, 4, 60);
            foreach (var day in c.Purchases)
                lines.Add(new CustomerLine(c.Id, $"{c.Id}-{day.DayNumber}", $"P{rng.Next(30)}", day, 1, Math.Round((decimal)Gamma.Sample(rng, 3, nu), 2)));
        }
        return lines;
    }
}
