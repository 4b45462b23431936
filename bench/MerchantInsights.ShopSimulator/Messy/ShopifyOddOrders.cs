using static MerchantInsights.ShopSimulator.Messy.ShopifyServiceItems;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The orders that are not ordinary shopping: gift-card-only orders (more before Christmas), the owner's test orders
/// (while setting the shop up and when payments changed: "Test product" or real products at 0.00, sometimes 1.00 to
/// try a card), manual adjustments as draft orders, one or two wholesale bulk orders of hundreds of units, and one
/// order with a mistyped quantity that is cancelled within the hour.
/// </summary>
public sealed class ShopifyOddOrders(MessyShopSize size, IReadOnlyList<MessyProduct> products, ShopCustomers customers)
{
    public const string Owner = "hello@harbourandpine.com";
    private readonly int[] _testDays = size.Small ? [1, 1, size.Days / 2] : [0, 0, 1, 3, size.Days * 2 / 5, size.Days * 2 / 5, size.Days * 3 / 4];

    public IEnumerable<OrderDraft> Day(Random rng, int d)
    {
        var day = size.First.AddDays(d);
        var fromBlackFriday = day.DayNumber - ShopifySeason.BlackFriday(day.Year).DayNumber;
        var giftCardRate = (size.Small ? 0.08 : 0.25) * (day.Month == 12 && day.Day <= 24 ? 4 : fromBlackFriday is >= 0 and <= 3 ? 3 : 1);
        for (var n = Poisson.Draw(rng, giftCardRate); n > 0; n--)
        {
            var card = GiftCards[rng.Next(GiftCards.Length)];
            yield return Order(rng, d, customers.Next(rng).Id, (card, rng.NextDouble() < 0.1 ? 2 : 1, GiftCardValue(card)));
        }
        foreach (var _ in _testDays.Where(t => t == d)) yield return TestOrder(rng, d);
        if (rng.NextDouble() < (size.Small ? 0.02 : 0.055))
            yield return Order(rng, d, customers.Next(rng).Id, (rng.NextDouble() < 0.5 ? Adjustment : PriceAdjustment, 1, Math.Round((decimal)(0.5 + 14.5 * rng.NextDouble()), 2)));
        foreach (var bulk in BulkOrders(rng, d)) yield return bulk;
        if (d == size.Days * 4 / 5) yield return MistypedOrder(rng, d);
    }

    private OrderDraft TestOrder(Random rng, int d)
    {
        var draft = Order(rng, d, Owner);
        switch (rng.Next(3))
        {
            case 0: draft.Lines.Add(MessyLine.Of(draft.Id, draft.At, Owner, TestProduct, 1, d < 10 || rng.NextDouble() < 0.7 ? 0m : 1m)); break;
            default:
                foreach (var p in products.Where(p => p.SellsOn(d)).OrderBy(_ => rng.Next()).Take(1 + rng.Next(2)))
                    draft.Lines.Add(p.Line(draft.Id, draft.At, Owner, 1, d, MessKind.TestOrder) with { Price = 0m, CompareAt = null });
                break;
        }
        if (rng.NextDouble() < 0.5) draft.Lines.Add(MessyLine.Of(draft.Id, draft.At, Owner, Standard, 1, 0m));
        return draft;
    }

    /// <summary>A hotel's napkins two thirds of the way in and, in the full shop, a company's Christmas gifts: at 40% off, by pallet.</summary>
    private IEnumerable<OrderDraft> BulkOrders(Random rng, int d)
    {
        var plans = size.Small
            ? new[] { (Day: size.Days * 7 / 10, Buyer: "purchasing@hotel-miramar-lisboa.pt", Type: "Linen napkin", Units: 480) }
            : [(size.Days * 3 / 5, "purchasing@hotel-miramar-lisboa.pt", "Linen napkin", 600),
               (size.DayOf(ShopifySeason.BlackFriday(size.First.Year + 1).AddDays(-10)), "events@brightwave-consulting.com", "Travel tin candle", 1500)];
        foreach (var (day, buyer, type, units) in plans.Where(p => p.Day == d))
        {
            var product = products.Where(p => p.SellsOn(d)).OrderByDescending(p => p.Name.StartsWith(type, StringComparison.Ordinal)).ThenBy(p => p.BasePrice).First();
            var draft = Order(rng, d, buyer);
            draft.Lines.Add(product.Line(draft.Id, draft.At, buyer, units, d, MessKind.BulkOrder) with { Price = Math.Round(product.Regular[d] * 0.6m, 2), CompareAt = product.Regular[d] });
            draft.Lines.Add(MessyLine.Of(draft.Id, draft.At, buyer, Freight, 1, 180m));
            yield return draft;
        }
    }

    /// <summary>A customer types 250 instead of 2 of the best seller, and the owner cancels the order within the hour.</summary>
    private OrderDraft MistypedOrder(Random rng, int d)
    {
        var product = products.Where(p => p.SellsOn(d)).MaxBy(p => p.Popularity)!;
        var customer = customers.Next(rng).Id;
        var draft = Order(rng, d, customer);
        var line = product.Line(draft.Id, draft.At, customer, 250, d, MessKind.BulkOrder);
        draft.Lines.AddRange([line, line.Reversed(draft.Id, draft.At.AddMinutes(20 + rng.Next(30)), line.Quantity, MessKind.Cancellation)]);
        return draft;
    }

    private OrderDraft Order(Random rng, int d, string customer, params (ServiceItem Item, int Quantity, decimal Price)[] lines)
    {
        var at = size.First.AddDays(d).ToDateTime(new TimeOnly(8 + rng.Next(14), rng.Next(60), rng.Next(60)));
        var draft = new OrderDraft("", at, customer, d, []);
        draft.Lines.AddRange(lines.Select(l => MessyLine.Of("", at, customer, l.Item, l.Quantity, l.Price)));
        return draft;
    }
}
