using MerchantInsights.Analytics.Alerts;

namespace MerchantInsights.Analytics.Tests.Alerts;

/// <summary>Hand-made shops for the alert rules: a few steady products (8–12 a day, price 10) that the tests then change.</summary>
internal sealed class AlertShop
{
    public static readonly DateOnly Start = new(2025, 1, 6);
    public const int Days = 140;
    public List<(string Id, double[] Units, double?[] Price)> Products { get; } = [];

    public AlertShop(int products = 6)
    {
        for (var p = 0; p < products; p++)
            Products.Add(($"P{p}", Enumerable.Range(0, Days).Select(t => 10.0 + (t * 7 + p * 3) % 5 - 2).ToArray(), Enumerable.Repeat<double?>(10, Days).ToArray()));
    }

    public double[] Units(int product) => Products[product].Units;
    public double?[] Price(int product) => Products[product].Price;

    public AlertScan Scan(IReadOnlyList<PricedLine>? lines = null) => AlertScanner.Scan(
        Products.Select(p => new ProductDailyUnits(p.Id, Start, p.Units, p.Price)).ToList(), [], lines ?? [], new AlertOptions());

    public static DateOnly Day(int t) => Start.AddDays(t);
}
