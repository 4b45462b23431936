namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>A shop-wide sale: every product is <see cref="Discount"/> off (0.25 = 25%) from the first to the last day index.</summary>
public sealed record ShopSale(int FirstDay, int LastDay, decimal Discount);

/// <summary>
/// A product's prices over time, the way small shops move them: one or two permanent changes (±5–15%, rounded to the
/// shop's price points), a short promotion (10–30% off for 3–10 days) every two to four months, and the shop-wide sales.
/// </summary>
public static class PricePath
{
    public static (decimal[] Regular, decimal[] Charged) Build(Random rng, decimal basePrice, int days, IReadOnlyList<ShopSale> sales,
        Func<decimal, decimal> pricePoint)
    {
        var regular = new decimal[days];
        var changes = Enumerable.Range(0, 1 + rng.Next(2)).Select(_ => rng.Next(45, Math.Max(46, days - 30))).ToHashSet();
        var level = basePrice;
        for (var d = 0; d < days; d++)
        {
            if (changes.Contains(d)) level = pricePoint(level * (decimal)(0.9 + 0.25 * rng.NextDouble()));
            regular[d] = level;
        }
        var charged = (decimal[])regular.Clone();
        for (var start = rng.Next(20, 90); start < days; start += rng.Next(60, 120))
        {
            var off = (decimal)(0.1 + 0.2 * rng.NextDouble());
            for (var d = start; d < Math.Min(days, start + rng.Next(3, 11)); d++) charged[d] = Math.Round(regular[d] * (1 - off), 2);
        }
        foreach (var sale in sales)
            for (var d = Math.Max(0, sale.FirstDay); d <= Math.Min(days - 1, sale.LastDay); d++)
                charged[d] = Math.Min(charged[d], Math.Round(regular[d] * (1 - sale.Discount), 2));
        return (regular, charged);
    }
}
