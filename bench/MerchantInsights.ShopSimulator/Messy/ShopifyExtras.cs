using static MerchantInsights.ShopSimulator.Messy.ShopifyServiceItems;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// What a Shopify export adds to an ordinary order: a shipping line (88% of orders; free from €60; standard, express or
/// international, prices raised once; a SKU on most of them after the shop changed its shipping app a third of the way
/// in), gift wrap (4%, 15% in December), a gift card bought alongside (1%, 4% in December), a tip (0.6%), and free
/// samples (30% of orders during a six-week candle campaign at 0.00 or 0.01, else 1% a hand-cream sample at 0.00).
/// </summary>
public sealed class ShopifyExtras(MessyShopSize size)
{
    private readonly int _skuEra = size.Days / 3;
    private readonly int _priceRise = size.Days * 11 / 20;
    private readonly int _campaign = size.Days / 4;

    public void AddTo(Random rng, OrderDraft order)
    {
        var (d, december) = (order.Day, order.At.Month == 12 && order.At.Day <= 22);
        var later = d >= _priceRise;
        var subtotal = order.Subtotal;
        if (rng.NextDouble() < december switch { true => 0.15, false => 0.04 })
            Add(order, Sku(rng, d) ? GiftWrapSku : GiftWrap, 1, later ? 3.90m : 3.50m);
        if (rng.NextDouble() < (december ? 0.04 : 0.01))
        {
            var card = GiftCards[rng.Next(2)];
            Add(order, card, 1, GiftCardValue(card));
        }
        if (rng.NextDouble() < 0.006) Add(order, Tip, 1, new[] { 1m, 2m, 2.5m, 5m, Math.Round((decimal)(0.5 + 4 * rng.NextDouble()), 2) }[rng.Next(5)]);
        if (d >= _campaign && d < _campaign + 42 && rng.NextDouble() < 0.3) Add(order, CandleSample, 1, rng.NextDouble() < 0.8 ? 0m : 0.01m);
        else if (rng.NextDouble() < 0.01) Add(order, CreamSample, 1, 0m);
        if (rng.NextDouble() < 0.12) return; // collected in person: no shipping line
        var sku = Sku(rng, d);
        var r = rng.NextDouble();
        if (r >= 0.95) Add(order, sku ? InternationalSku : International, 1, rng.NextDouble() < 0.5 ? 14.90m : 19.90m);
        else if (r >= 0.84) Add(order, sku ? ExpressSku : Express, 1, later ? 12.90m : 9.90m);
        else if (subtotal >= 60) Add(order, rng.NextDouble() < 0.7 ? FreeShipping : sku ? StandardSku : Standard, 1, 0m);
        else Add(order, sku ? StandardSku : Standard, 1, later ? 5.50m : 4.90m);
    }

    private bool Sku(Random rng, int day) => day >= _skuEra && rng.NextDouble() < 0.7;

    private static void Add(OrderDraft order, ServiceItem item, int quantity, decimal price) =>
        order.Lines.Add(MessyLine.Of(order.Id, order.At, order.Customer, item, quantity, price));
}
