namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The tea shop's catalogue on a Chinese marketplace: green, black, oolong, pu'er and flower teas in several sizes,
/// and teaware; product ids are the marketplace's 12-digit item ids, names and categories in Chinese, prices in yuan
/// ending in 8 (68, 128, 298), costs known to the seller.
/// </summary>
public static class MarketplaceCatalogue
{
    private static readonly (string Label, double Factor)[] TeaSizes = [("50g 罐装", 0.55), ("100g 袋装", 1.0), ("250g 礼盒", 2.6), ("500g 家庭装", 4.5)];

    private static readonly (string Category, double Elasticity, (string Type, decimal Price)[] Types, (string Label, double Factor)[] Variants)[] Categories =
    [
        ("绿茶", -1.8, [("2025新茶 明前龙井", 128m), ("洞庭碧螺春", 98m), ("黄山毛峰", 68m), ("安吉白茶", 158m), ("信阳毛尖", 78m)], TeaSizes),
        ("红茶", -1.6, [("正山小种", 88m), ("金骏眉", 168m), ("滇红 金芽", 78m), ("祁门红茶", 98m), ("英德红茶", 58m)], TeaSizes),
        ("乌龙茶", -1.6, [("安溪铁观音 清香型", 88m), ("武夷大红袍", 128m), ("凤凰单丛 蜜兰香", 108m), ("冻顶乌龙", 98m), ("东方美人", 148m)], TeaSizes),
        ("普洱", -1.3, [("普洱熟茶饼 357g", 128m), ("普洱生茶饼 357g", 168m), ("新会小青柑 普洱", 68m), ("糯香碎银子", 58m), ("云南沱茶", 48m)],
            [("2021年", 1.0), ("2023年", 0.85), ("2016年 老茶", 1.6), ("试饮装", 0.15)]),
        ("花草茶", -2.0, [("茉莉花茶", 38m), ("杭白菊 胎菊", 28m), ("平阴玫瑰花茶", 32m), ("桂花乌龙", 45m), ("烘焙大麦茶", 19m)],
            [("30包 盒装", 1.0), ("50g 罐装", 0.9), ("100g 袋装", 1.4), ("独立小包 10袋", 0.45)]),
        ("茶具", -1.4, [("宜兴紫砂壶 西施", 268m), ("白瓷盖碗", 58m), ("玻璃公道杯", 39m), ("建盏 品茗杯", 88m), ("旅行茶具套装", 128m), ("竹制茶盘", 158m), ("茶漏 滤网", 15m), ("汝窑 品茗杯", 45m)],
            [("单个", 1.0), ("两只装", 1.85), ("礼盒装", 1.6), ("天青色", 1.05)]),
    ];

    public static List<MessyProduct> Build(Random rng, MessyShopSize size, IReadOnlyList<ShopSale> sales)
    {
        var all = Categories.SelectMany((c, ci) => c.Types.SelectMany((t, ti) => c.Variants.Select((v, vi) => (Category: c, CategoryIndex: ci, Type: t, TypeIndex: ti, Variant: v, VariantIndex: vi)))).ToList();
        var chosen = all.OrderBy(_ => rng.Next()).Take(size.Products).OrderBy(x => x.CategoryIndex).ThenBy(x => x.TypeIndex).ThenBy(x => x.VariantIndex).ToList();
        var products = new List<MessyProduct>();
        foreach (var x in chosen)
        {
            var price = PricePoint(x.Type.Price * (decimal)x.Variant.Factor);
            var popularity = Math.Exp(0.9 * Catalogue.Gaussian(rng)) * Math.Sqrt(60 / (double)price);
            var elasticity = Math.Clamp(x.Category.Elasticity + 0.3 * Catalogue.Gaussian(rng), -3, -0.6);
            var (regular, charged) = PricePath.Build(rng, price, size.Days, sales, PricePoint);
            int? end = rng.NextDouble() < 0.05 ? size.Days / 2 + rng.Next(size.Days / 3) : null;
            var launch = rng.NextDouble() < 0.1 ? rng.Next(60, size.Days / 2) : 0;
            products.Add(new MessyProduct(rng.NextInt64(520_000_000_000, 799_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{x.Type.Type} {x.Variant.Label}", x.Category.Category, price, Math.Round(price * (decimal)(0.35 + 0.2 * rng.NextDouble()), 2),
                popularity, elasticity, launch, end, regular, charged));
        }
        return products;
    }

    /// <summary>Yuan price points: 18, 68, 128, 298 — whole tens minus two; under ten yuan, one decimal.</summary>
    public static decimal PricePoint(decimal price) => price < 10 ? Math.Max(0.9m, Math.Round(price, 1)) : Math.Round(price / 10) * 10 - 2;
}
