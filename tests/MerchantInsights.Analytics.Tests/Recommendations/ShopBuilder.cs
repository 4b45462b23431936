using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

/// <summary>Builds small, hand-readable purchase histories for tests.</summary>
internal sealed class ShopBuilder
{
    public static readonly DateOnly Day0 = new(2026, 1, 1);
    private readonly List<PurchaseLine> _lines = [];
    private int _orders;

    public IReadOnlyList<PurchaseLine> Lines => _lines;

    public ShopBuilder Order(string? customer, int day, params string[] products)
    {
        var id = $"O{++_orders}";
        foreach (var product in products) _lines.Add(new PurchaseLine(id, customer, product, Day0.AddDays(day), 1));
        return this;
    }

    public ShopBuilder Return(string? customer, int day, params string[] products)
    {
        var id = $"R{++_orders}";
        foreach (var product in products) _lines.Add(new PurchaseLine(id, customer, product, Day0.AddDays(day), -1));
        return this;
    }

    /// <summary>Deterministic filler orders of 2–4 products drawn from <paramref name="catalogue"/>.</summary>
    public ShopBuilder RandomOrders(int count, int seed, IReadOnlyList<string> catalogue, int days = 60)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var products = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => catalogue[random.Next(catalogue.Count)]).Distinct().ToArray();
            Order($"G{random.Next(count)}", random.Next(days), products);
        }
        return this;
    }

    public static string[] Catalogue(int size, string prefix = "X") =>
        [.. Enumerable.Range(0, size).Select(i => $"{prefix}{i:D3}")];
}
