namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// One line as the shop's export writes it. <paramref name="Sku"/> may be empty (the importer then uses the name as the
/// product id); <paramref name="Merchandise"/> says whether the product is something the shop really sells.
/// </summary>
public sealed record MessyLine(string OrderId, DateTime At, string Customer, string Sku, string Name, string Category,
    int Quantity, decimal Price, decimal? Cost, MessKind Kind, bool Merchandise, decimal? CompareAt = null, DateTime? SoldAt = null)
{
    /// <summary>The product id the importer stores: the SKU, or the name when the SKU is empty.</summary>
    public string ProductId => Sku.Length > 0 ? Sku : Name;

    /// <summary>The negative line that takes back <paramref name="quantity"/> units of this line.</summary>
    public MessyLine Reversed(string orderId, DateTime at, int quantity, MessKind kind) =>
        this with { OrderId = orderId, At = at, Quantity = -quantity, Kind = kind, SoldAt = At, CompareAt = null };

    public static MessyLine Of(string orderId, DateTime at, string customer, ServiceItem item, int quantity, decimal price) =>
        new(orderId, at, customer, item.Sku, item.Name, item.Category, quantity, price, null, item.Kind, false);
}

/// <summary>A line that is not merchandise: shipping, a fee, a coupon, a gift card, a test product.</summary>
public sealed record ServiceItem(string Sku, string Name, string Category, MessKind Kind);
