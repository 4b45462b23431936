using static MerchantInsights.ShopSimulator.Messy.MarketplaceServiceItems;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The tea shop's orders that are not ordinary shopping: price-difference top-ups paid through the 补差价 link
/// (N × 1 yuan, or an odd amount), gift cards (three times as many before New Year), the owner's test orders through
/// the "do not buy" link or a real product at 0.01, company group purchases (企业团购) for Mid-Autumn and New Year,
/// and one order with a mistyped quantity refunded within the hour.
/// </summary>
public sealed class MarketplaceOddOrders(MessyShopSize size, IReadOnlyList<MessyProduct> products, ShopCustomers customers)
{
    public const string Owner = "店主测试号";
    private readonly int[] _testDays = size.Small ? [2, size.Days / 2] : [0, 0, 2, size.Days / 2, size.Days / 2 + 1, size.Days * 4 / 5];

    public IEnumerable<OrderDraft> Day(Random rng, int d)
    {
        var day = size.First.AddDays(d);
        var scale = size.Small ? 0.25 : 1.0;
        for (var n = Poisson.Draw(rng, 0.3 * scale); n > 0; n--)
        {
            var odd = rng.NextDouble() < 0.3;
            yield return Order(rng, d, customers.Next(rng).Id, (TopUps[rng.Next(2)], odd ? 1 : 1 + rng.Next(80), odd ? new[] { 0.5m, 3m, 5m, 10m, 26.5m }[rng.Next(5)] : 1m));
        }
        var giftSeason = day.Month is 1 or 2 || day.Month == 9;
        for (var n = Poisson.Draw(rng, 0.08 * scale * (giftSeason ? 3 : 1)); n > 0; n--)
        {
            var card = GiftCards[rng.Next(GiftCards.Length)];
            yield return Order(rng, d, customers.Next(rng).Id, (card, 1, GiftCardValue(card)));
        }
        foreach (var _ in _testDays.Where(t => t == d))
        {
            var draft = Order(rng, d, Owner);
            if (rng.NextDouble() < 0.6) draft.Lines.Add(MessyLine.Of(draft.Id, draft.At, Owner, TestLink, 1, 0.01m));
            else draft.Lines.Add(products.Where(p => p.SellsOn(d)).OrderBy(_ => rng.Next()).First().Line(draft.Id, draft.At, Owner, 1, d, MessKind.TestOrder) with { Price = 0.01m, CompareAt = null });
            yield return draft;
        }
        foreach (var bulk in BulkOrders(rng, d)) yield return bulk;
        if (d == size.Days * 4 / 5) yield return MistypedOrder(rng, d);
    }

    /// <summary>Jasmine tea for a company's Mid-Autumn gifts and tangerine pu'er for New Year (the small shop: one group purchase), at 55% of the price.</summary>
    private IEnumerable<OrderDraft> BulkOrders(Random rng, int d)
    {
        var plans = size.Small
            ? new[] { (Day: size.Days * 3 / 5, Buyer: "华信科技_企业采购", Type: "茉莉花茶", Units: 500) }
            : [(size.DayOf(new DateOnly(2025, 9, 15)), "华信科技_企业采购", "茉莉花茶", 800), (size.DayOf(new DateOnly(2026, 1, 20)), "tb_远景地产行政部", "新会小青柑", 1200)];
        foreach (var (day, buyer, type, units) in plans.Where(p => p.Day == d))
        {
            var product = products.Where(p => p.SellsOn(d)).OrderByDescending(p => p.Name.StartsWith(type, StringComparison.Ordinal)).ThenBy(p => p.BasePrice).First();
            var draft = Order(rng, d, buyer);
            draft.Lines.Add(product.Line(draft.Id, draft.At, buyer, units, d, MessKind.BulkOrder) with { Price = Math.Round(product.Regular[d] * 0.55m, 2), CompareAt = null });
            yield return draft;
        }
    }

    /// <summary>A buyer types 300 instead of 3 of the best seller and asks for a refund (仅退款) within the hour.</summary>
    private OrderDraft MistypedOrder(Random rng, int d)
    {
        var product = products.Where(p => p.SellsOn(d)).MaxBy(p => p.Popularity)!;
        var customer = customers.Next(rng).Id;
        var draft = Order(rng, d, customer);
        var line = product.Line(draft.Id, draft.At, customer, 300, d, MessKind.BulkOrder);
        draft.Lines.AddRange([line, line.Reversed(draft.Id, draft.At.AddMinutes(20 + rng.Next(30)), line.Quantity, MessKind.Cancellation)]);
        return draft;
    }

    private OrderDraft Order(Random rng, int d, string customer, params (ServiceItem Item, int Quantity, decimal Price)[] lines)
    {
        var at = size.First.AddDays(d).ToDateTime(new TimeOnly(9 + rng.Next(14), rng.Next(60), rng.Next(60)));
        var draft = new OrderDraft("", at, customer, d, []);
        draft.Lines.AddRange(lines.Select(l => MessyLine.Of("", at, customer, l.Item, l.Quantity, l.Price)));
        return draft;
    }
}
