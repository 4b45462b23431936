namespace MerchantInsights.ShopSimulator;

/// <summary>A simulated product with its hidden truth: base demand, price path, cost, elasticity, life span.</summary>
public sealed record SimProduct(string Id, string Name, string Category, double BasePrice, double? Cost, double Elasticity,
    double BaseDemand, DateOnly Launch, DateOnly? Discontinued, double[] Price);

/// <summary>Builds the demo shop's catalogue: a small coffee and homeware shop, with known elasticities and planted pairs.</summary>
public static class Catalogue
{
    private static readonly (string Category, double Elasticity, double MinPrice, double MaxPrice, string[] Names)[] Categories =
    [
        ("Coffee", -1.8, 8, 18, ["Ethiopia Yirgacheffe beans 250g", "Colombia Huila beans 250g", "House espresso blend 1kg", "Decaf Swiss water 250g", "Brazil Cerrado beans 500g", "Kenya AA beans 250g", "Guatemala Antigua 250g", "Sumatra Mandheling 250g", "Cold brew blend 500g", "Single origin sampler"]),
        ("Tea", -1.5, 5, 14, ["Earl Grey loose leaf 100g", "Sencha green tea 100g", "Chamomile blossoms 50g", "Assam breakfast 250g", "Jasmine pearls 50g", "Rooibos vanilla 100g", "Peppermint leaves 50g", "Chai spice blend 100g", "Darjeeling first flush 100g", "Oolong Tie Guan Yin 50g"]),
        ("Brewing gear", -1.2, 12, 60, ["Pour-over dripper", "Paper filters (100)", "French press 1l", "Gooseneck kettle", "Hand grinder", "Digital scale", "Moka pot 6 cups", "Cold brew bottle", "Milk frother", "Tea infuser ball"]),
        ("Mugs & cups", -2.2, 8, 25, ["Enamel mug blue", "Stoneware mug sand", "Double-wall glass 250ml", "Espresso cups (2)", "Travel tumbler", "Latte bowl", "Tea cup and saucer", "Kids cocoa mug", "Handmade mug speckled", "Glass teapot 800ml"]),
        ("Kitchen textiles", -2.5, 6, 22, ["Linen tea towel", "Oven glove", "Apron, canvas", "Coffee sack cushion", "Napkins (4)", "Table runner", "Bread bag", "Coaster set, cork", "Cotton pot holder", "Beeswax wraps (3)"]),
        ("Gifts", -0.8, 15, 45, ["Coffee lover gift box", "Tea tasting gift set", "Gift card 25", "Advent calendar, tea", "Barista starter kit", "Chocolate-coated beans", "Coffee table book", "Candle, espresso scent", "Recipe cards", "Scented sachets"]),
    ];

    /// <summary>Pairs bought together on purpose (a buyer of the first adds the second 35% of the time).</summary>
    public static readonly (string First, string Second)[] PlantedPairs =
    [
        ("P-BRE-01", "P-BRE-02"), ("P-BRE-03", "P-COF-03"), ("P-BRE-05", "P-COF-01"),
        ("P-TEA-05", "P-BRE-10"), ("P-MUG-10", "P-TEA-02"), ("P-BRE-09", "P-MUG-03"),
    ];

    public static List<SimProduct> Build(Random rng, DateOnly first, int days)
    {
        var products = new List<SimProduct>();
        foreach (var (category, elasticity, minPrice, maxPrice, names) in Categories)
            for (var i = 0; i < names.Length; i++)
            {
                var id = $"P-{category[..3].ToUpperInvariant()}-{i + 1:00}";
                var price = Math.Round(minPrice + (maxPrice - minPrice) * rng.NextDouble(), 1) - 0.01;
                var e = Math.Clamp(elasticity + Gaussian(rng) * 0.3, -3, -0.5);
                var slow = i >= 8; // the last two of each category sell less than a unit a day
                var demand = slow ? 0.2 + 0.5 * rng.NextDouble() : 1 + 5 * rng.NextDouble();
                var cost = products.Count % 13 == 5 ? (double?)null : Math.Round(price * (0.35 + 0.25 * rng.NextDouble()), 2);
                var launch = id switch { "P-COF-09" => new DateOnly(2025, 6, 1), "P-GIF-06" => new DateOnly(2025, 9, 15), _ => first };
                DateOnly? end = id == "P-KIT-07" ? new DateOnly(2026, 6, 30) : null;
                products.Add(new SimProduct(id, names[i], category, price, cost, Math.Round(e, 3), demand, launch, end, PricePath(rng, price, first, days)));
            }
        return products;
    }

    /// <summary>One or two permanent price changes and a promotion (10–30% off for 5–14 days) every two months or so, plus Black Friday.</summary>
    private static double[] PricePath(Random rng, double basePrice, DateOnly first, int days)
    {
        var price = new double[days];
        var level = basePrice;
        var changes = Enumerable.Range(0, 1 + rng.Next(2)).Select(_ => rng.Next(60, days - 30)).ToHashSet();
        for (var d = 0; d < days; d++)
        {
            if (changes.Contains(d)) level = Math.Round(level * (0.88 + 0.27 * rng.NextDouble()), 1) - 0.01;
            price[d] = level;
        }
        for (var start = rng.Next(20, 60); start < days; start += rng.Next(45, 90))
        {
            var discount = 0.1 + 0.2 * rng.NextDouble();
            for (var d = start; d < Math.Min(days, start + rng.Next(5, 15)); d++) price[d] = Math.Round(price[d] * (1 - discount), 2);
        }
        for (var d = 0; d < days; d++)
        {
            var day = first.AddDays(d);
            if (day.Month == 11 && day.Day >= 22 && day.Day <= 29 && day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday)
                price[d] = Math.Round(price[d] * 0.8, 2);
        }
        return price;
    }

    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
