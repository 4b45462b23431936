namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// A European homeware store on Shopify, described the way its owner would: five makers' products, a few thousand
/// customers who mostly buy once or twice, weekly and yearly rhythm, Black Friday and the December rush, price
/// changes and short promotions — and an order export with everything Shopify puts in it (shipping, gift wrap, gift
/// cards, tips, adjustments, free samples, the owner's test orders, a wholesale pallet, cancellations and returns).
/// </summary>
public sealed class ShopifyShop(MessyShopSize size, int seed, int noise = 0)
{
    public static MessyShopSize Full => new(new DateOnly(2024, 11, 1), 730, 125, 5000, 24, false);

    public static MessyShopSize Small => new(new DateOnly(2025, 8, 1), 273, 30, 600, 3.0, true);

    /// <summary>The catalogue with its hidden truth (elasticities, prices), filled by <see cref="Generate"/>.</summary>
    public IReadOnlyList<MessyProduct> Products { get; private set; } = [];

    public List<MessyLine> Generate()
    {
        var rng = new Random(seed);
        var products = ShopifyCatalogue.Build(rng, size, ShopifySeason.Sales(size));
        Products = products;
        var customers = new ShopCustomers(rng, CustomerEmails.Make(rng, size.Customers), categories: 5, guests: 0.02);
        var ordinary = new MerchandiseOrders(products, customers, day => ShopifySeason.Demand(day, size.First), size.OrdersPerDay, size.First, ShopifySeason.Hours);
        var odd = new ShopifyOddOrders(size, products, customers);
        var extras = new ShopifyExtras(size);
        var refunds = new Refunds(cancelledOrders: 0.015, returnedLines: 0.03, returnAfterDays: 10, returnWithinDays: 45, order => order.Id);
        var lines = new List<MessyLine>();
        var next = 1001;
        // Another draw of the same days (same catalogue, prices, promotions and customers; other orders) for noise other than 0.
        if (noise != 0) rng = new Random(seed * 7919 + noise);
        for (var d = 0; d < size.Days; d++)
        {
            var plain = ordinary.Day(rng, d, () => "");
            foreach (var draft in plain.Select(o => (Order: o, Ordinary: true)).Concat(odd.Day(rng, d).Select(o => (Order: o, Ordinary: false))).OrderBy(o => o.Order.At))
            {
                var order = draft.Order.WithId($"#{next++}");
                if (draft.Ordinary) extras.AddTo(rng, order);
                lines.AddRange(order.Lines);
                if (draft.Ordinary) lines.AddRange(refunds.For(rng, order, size.End));
            }
        }
        return [.. lines.OrderBy(l => l.At)];
    }
}
