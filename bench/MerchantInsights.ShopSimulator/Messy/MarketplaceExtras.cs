using static MerchantInsights.ShopSimulator.Messy.MarketplaceServiceItems;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// What the marketplace export adds to an ordinary order. Shipping is free except a top-up for remote areas (8%);
/// shipping insurance (10%); a handling fee (1.5%); affiliate or platform commission once the shop joins the affiliate
/// programme a third of the way in (12%, 3–8% of the order); coupons on orders from 199 yuan (half of them, 满300减50
/// during festivals), member discounts (4%) and vouchers (1%); a price-difference top-up (1%, N × 1 yuan); a free gift
/// on orders from 99 yuan (15%, a gift item at 0.00; 2% a real strainer at 0.00).
/// </summary>
public sealed class MarketplaceExtras(MessyShopSize size, IReadOnlyList<MessyProduct> products)
{
    private readonly MessyProduct? _strainer = products.FirstOrDefault(p => p.Name.StartsWith("茶漏", StringComparison.Ordinal));

    public void AddTo(Random rng, OrderDraft order)
    {
        var subtotal = order.Subtotal;
        var day = DateOnly.FromDateTime(order.At);
        if (rng.NextDouble() < 0.08) Add(order, Pick(rng, Shipping), 1, new[] { 5m, 8m, 10m, 12m, 15m, 20m }[rng.Next(6)]);
        if (rng.NextDouble() < 0.10) Add(order, Insurance, 1, Math.Round((decimal)(0.5 + rng.NextDouble()), 2));
        if (rng.NextDouble() < 0.015) Add(order, Pick(rng, HandlingFees), 1, 1 + rng.Next(5));
        if (order.Day >= size.Days / 3 && rng.NextDouble() < 0.12) Add(order, Pick(rng, Commissions), -1, Cents(subtotal * (decimal)(0.03 + 0.05 * rng.NextDouble())));
        if (MarketplaceSeason.Festival(day) && subtotal >= 300 && rng.NextDouble() < 0.6) Add(order, FestivalDiscount, -1, 50m);
        else if (subtotal >= 199 && rng.NextDouble() < 0.5) Add(order, rng.NextDouble() < 0.6 ? Coupon20 : ShopCoupon, -1, 20m);
        else if (rng.NextDouble() < 0.04) Add(order, rng.NextDouble() < 0.7 ? MemberDiscount : EnglishDiscount, -1, Cents(subtotal * 0.05m));
        if (rng.NextDouble() < 0.01 && subtotal > 50) Add(order, Pick(rng, Vouchers), -1, subtotal > 100 ? 50m : 10m);
        if (rng.NextDouble() < 0.01) Add(order, TopUps[0], 1 + rng.Next(30), 1m);
        if (subtotal >= 99 && rng.NextDouble() < 0.15) Add(order, Pick(rng, Gifts), 1, 0m);
        else if (_strainer is not null && _strainer.SellsOn(order.Day) && rng.NextDouble() < 0.02)
            order.Lines.Add(_strainer.Line(order.Id, order.At, order.Customer, 1, order.Day, MessKind.FreeGift) with { Price = 0m, CompareAt = null });
    }

    private static decimal Cents(decimal amount) => Math.Max(0.01m, Math.Round(amount, 2));

    private static ServiceItem Pick(Random rng, ServiceItem[] items) => items[rng.Next(items.Length)];

    private static void Add(OrderDraft order, ServiceItem item, int quantity, decimal price) =>
        order.Lines.Add(MessyLine.Of(order.Id, order.At, order.Customer, item, quantity, price));
}
