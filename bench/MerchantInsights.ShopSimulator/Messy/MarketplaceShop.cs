namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// A tea shop on a Chinese marketplace, described the way its owner would: teas and teaware with Chinese names, buyers
/// known by their marketplace ids, evening shopping, the 618 and Double 11 festivals, New Year — and an order export
/// with the marketplace's mess: shipping top-ups, insurance, fees, commission, coupons, vouchers, gift cards, the
/// 补差价 link, free gifts, test orders, company group purchases, quick cancellations (仅退款) and later returns.
/// </summary>
public sealed class MarketplaceShop(MessyShopSize size, int seed, int noise = 0)
{
    public static MessyShopSize Full => new(new DateOnly(2024, 11, 1), 730, 130, 7000, 26, false);

    public static MessyShopSize Small => new(new DateOnly(2025, 8, 1), 273, 30, 700, 5.1, true);

    /// <summary>The catalogue with its hidden truth (elasticities, prices), filled by <see cref="Generate"/>.</summary>
    public IReadOnlyList<MessyProduct> Products { get; private set; } = [];

    public List<MessyLine> Generate()
    {
        var rng = new Random(seed);
        var products = MarketplaceCatalogue.Build(rng, size, MarketplaceSeason.Sales(size));
        Products = products;
        var customers = new ShopCustomers(rng, Buyers(rng, size.Customers), categories: 6, guests: 0);
        var ordinary = new MerchandiseOrders(products, customers, day => MarketplaceSeason.Demand(day, size.First), size.OrdersPerDay, size.First, MarketplaceSeason.Hours);
        var odd = new MarketplaceOddOrders(size, products, customers);
        var extras = new MarketplaceExtras(size, products);
        var refunds = new Refunds(cancelledOrders: 0.04, returnedLines: 0.03, returnAfterDays: 7, returnWithinDays: 30, order => "TK" + order.Id);
        var lines = new List<MessyLine>();
        // Another draw of the same days (same catalogue, prices, promotions and customers; other orders) for noise other than 0.
        if (noise != 0) rng = new Random(seed * 7919 + noise);
        for (var d = 0; d < size.Days; d++)
        {
            var plain = ordinary.Day(rng, d, () => "");
            var sequence = 0;
            foreach (var draft in plain.Select(o => (Order: o, Ordinary: true)).Concat(odd.Day(rng, d).Select(o => (Order: o, Ordinary: false))).OrderBy(o => o.Order.At))
            {
                var order = draft.Order.WithId($"{draft.Order.At:yyMMdd}{++sequence:00000}{rng.Next(1000, 9999)}");
                if (draft.Ordinary) extras.AddTo(rng, order);
                lines.AddRange(order.Lines);
                if (draft.Ordinary) lines.AddRange(refunds.For(rng, order, size.End));
            }
        }
        return [.. lines.OrderBy(l => l.At)];
    }

    /// <summary>Marketplace buyer ids: "tb" and digits, or a pinyin nickname with digits.</summary>
    private static List<string> Buyers(Random rng, int count)
    {
        string[] nick = ["xiaoyu", "chayou", "lanlan", "mingming", "tea_lover", "wangjing", "lixia", "zhangwei", "chenchen", "qingcha", "momo", "ahua"];
        var ids = new HashSet<string>();
        while (ids.Count < count) ids.Add(rng.NextDouble() < 0.7 ? $"tb{rng.Next(10_000_000, 99_999_999)}" : $"{nick[rng.Next(nick.Length)]}{rng.Next(1, 9999)}");
        return [.. ids];
    }
}
