namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The homeware shop's catalogue: five makers (Shopify's Vendor column, read as the category), each with a few product
/// types in several variants ("Soy candle 200g - Fig &amp; Cedar"). Cheaper things sell more; prices end in .90;
/// a few products are launched late or discontinued, and three have no SKU (the owner never filled it in).
/// </summary>
public static class ShopifyCatalogue
{
    private static readonly (string Vendor, string Code, double Elasticity, (string Type, decimal Price)[] Types, string[] Variants)[] Makers =
    [
        ("Northwick Candle Co.", "CAN", -1.6, [("Soy candle 200g", 18.90m), ("Travel tin candle", 9.90m), ("Pillar candle", 14.90m), ("Reed diffuser 100ml", 24.90m), ("Wax melts (6)", 6.90m)],
            ["Fig & Cedar", "Sea Salt", "Lavender", "Amber", "Orange Blossom", "Pine Forest", "Black Tea"]),
        ("Saltmarsh Ceramics", "CER", -1.3, [("Stoneware mug", 22.00m), ("Espresso cup", 14.00m), ("Serving bowl", 38.00m), ("Side plate", 16.00m), ("Bud vase", 19.00m), ("Planter, small", 24.00m)],
            ["Sand", "Sea Green", "Charcoal", "Speckled White"]),
        ("Linden Linen", "LIN", -1.9, [("Linen napkin", 8.90m), ("Tea towel", 12.90m), ("Table runner", 34.00m), ("Cushion cover 45x45", 29.00m), ("Throw blanket", 79.00m), ("Apron", 32.00m)],
            ["Natural", "Sage", "Rust", "Navy", "Oat"]),
        ("Paper & Quill", "PAP", -2.2, [("A5 notebook, dotted", 14.90m), ("Greeting card", 4.50m), ("Wrapping paper roll", 6.90m), ("Postcard set (8)", 9.90m), ("Desk calendar", 16.90m)],
            ["Waves", "Botanical", "Lighthouse", "Terrazzo"]),
        ("Tidewater Bath", "BAT", -1.7, [("Hand soap 300ml", 12.90m), ("Bar soap", 6.50m), ("Bath salts 500g", 15.90m), ("Hand cream 50ml", 11.90m), ("Lip balm", 4.90m)],
            ["Seaweed", "Rosemary & Mint", "Unscented", "Grapefruit"]),
    ];

    public static List<MessyProduct> Build(Random rng, MessyShopSize size, IReadOnlyList<ShopSale> sales)
    {
        var all = Makers.SelectMany(m => m.Types.SelectMany((t, ti) => m.Variants.Select((v, vi) => (Maker: m, Type: t, TypeIndex: ti, Variant: v, VariantIndex: vi)))).ToList();
        var chosen = all.OrderBy(_ => rng.Next()).Take(size.Products).OrderBy(x => x.Maker.Code).ThenBy(x => x.TypeIndex).ThenBy(x => x.VariantIndex).ToList();
        var products = new List<MessyProduct>();
        foreach (var (maker, (type, price), ti, variant, vi) in chosen)
        {
            var sku = products.Count % 41 == 17 ? "" : $"{maker.Code}-{ti + 1:00}-{Code(variant)}";
            var popularity = Math.Exp(0.8 * Catalogue.Gaussian(rng)) * Math.Sqrt(20 / (double)price);
            var elasticity = Math.Clamp(maker.Elasticity + 0.3 * Catalogue.Gaussian(rng), -3, -0.6);
            var late = rng.NextDouble() < 0.1;
            int? end = rng.NextDouble() < 0.05 ? size.Days / 2 + rng.Next(size.Days / 3) : null;
            var (regular, charged) = PricePath.Build(rng, price, size.Days, sales, PricePoint);
            products.Add(new MessyProduct(sku, $"{type} - {variant}", maker.Vendor, price, null, popularity, elasticity,
                late ? rng.Next(60, size.Days / 2) : 0, end, regular, charged));
        }
        return products;
    }

    /// <summary>Euro price points: 9.90, 14.90 below 20 euros, whole euros (22.00, 79.00) above.</summary>
    public static decimal PricePoint(decimal price) => price >= 20 ? Math.Round(price) : Math.Max(1, Math.Round(price)) - 0.10m;

    private static string Code(string variant) => new(variant.Where(char.IsLetter).Take(3).Select(char.ToUpperInvariant).ToArray());
}
