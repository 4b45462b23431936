namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The non-merchandise lines a Shopify store's order export carries, as the owner set them up over the years:
/// shipping rates (first without a SKU, later often with one), gift wrap, gift cards, tips, manual adjustments,
/// free samples and the test product.
/// </summary>
public static class ShopifyServiceItems
{
    public const string Shop = "Harbour & Pine";

    public static readonly ServiceItem Standard = new("", "Standard shipping", Shop, MessKind.Shipping);
    public static readonly ServiceItem StandardSku = new("SHIP-STD", "Standard Shipping", Shop, MessKind.Shipping);
    public static readonly ServiceItem Express = new("", "Express Shipping", Shop, MessKind.Shipping);
    public static readonly ServiceItem ExpressSku = new("SHIP-EXP", "Express Shipping", Shop, MessKind.Shipping);
    public static readonly ServiceItem International = new("", "International shipping (DHL)", Shop, MessKind.Shipping);
    public static readonly ServiceItem InternationalSku = new("SHIP-INT", "International shipping (DHL)", Shop, MessKind.Shipping);
    public static readonly ServiceItem FreeShipping = new("", "Free shipping", Shop, MessKind.Shipping);
    public static readonly ServiceItem Freight = new("FREIGHT", "Pallet freight", Shop, MessKind.Shipping);
    public static readonly ServiceItem GiftWrap = new("", "Gift wrap", Shop, MessKind.GiftWrap);
    public static readonly ServiceItem GiftWrapSku = new("GIFTWRAP", "Gift wrap", Shop, MessKind.GiftWrap);
    public static readonly ServiceItem[] GiftCards = new[] { 25, 50, 100 }.Select(v => new ServiceItem("", $"Gift Card €{v}", Shop, MessKind.GiftCard)).ToArray();
    public static readonly ServiceItem Tip = new("", "Tip", Shop, MessKind.Tip);
    public static readonly ServiceItem Adjustment = new("", "Adjustment", Shop, MessKind.Adjustment);
    public static readonly ServiceItem PriceAdjustment = new("", "Price adjustment", Shop, MessKind.Adjustment);
    public static readonly ServiceItem CandleSample = new("SAMPLE-CANDLE-MINI", "Free sample - Soy candle mini", Shop, MessKind.FreeSample);
    public static readonly ServiceItem CreamSample = new("", "Free sample - Hand cream 5ml", Shop, MessKind.FreeSample);
    public static readonly ServiceItem TestProduct = new("", "Test product", Shop, MessKind.TestOrder);

    public static decimal GiftCardValue(ServiceItem card) => decimal.Parse(card.Name[(card.Name.IndexOf('€') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
