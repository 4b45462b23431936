namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The non-merchandise lines of the tea shop's export, named as Chinese sellers name them and sometimes in English:
/// shipping top-ups, shipping insurance, fees, platform and affiliate commission, coupons and discounts (as a positive
/// amount with quantity −1, since the importer refuses negative prices), gift cards, vouchers, the price-difference
/// top-up link (补差价, often bought as N × 1 yuan), free gifts and the "do not buy" test link.
/// </summary>
public static class MarketplaceServiceItems
{
    private static ServiceItem Item(string id, string name, MessKind kind) => new(id, name, "", kind);

    public static readonly ServiceItem[] Shipping =
        [Item("运费", "运费", MessKind.Shipping), Item("YF001", "邮费补拍 偏远地区", MessKind.Shipping), Item("邮费", "邮费", MessKind.Shipping), Item("SHIPPING", "Shipping fee 运费", MessKind.Shipping)];
    public static readonly ServiceItem Insurance = Item("运费险", "运费险", MessKind.ShippingInsurance);
    public static readonly ServiceItem[] HandlingFees = [Item("手续费", "手续费", MessKind.HandlingFee), Item("FEE-HANDLING", "Handling fee 手续费", MessKind.HandlingFee)];
    public static readonly ServiceItem[] Commissions =
        [Item("平台佣金", "平台佣金", MessKind.Commission), Item("佣金", "淘宝客佣金", MessKind.Commission), Item("COMMISSION", "Commission 佣金", MessKind.Commission)];
    public static readonly ServiceItem Coupon20 = Item("YHQ-20", "优惠券 满199减20", MessKind.Discount);
    public static readonly ServiceItem ShopCoupon = Item("优惠券", "店铺优惠券", MessKind.Discount);
    public static readonly ServiceItem FestivalDiscount = Item("优惠", "满减优惠 满300减50", MessKind.Discount);
    public static readonly ServiceItem MemberDiscount = Item("折扣", "会员折扣", MessKind.Discount);
    public static readonly ServiceItem EnglishDiscount = Item("DISCOUNT", "Discount 优惠", MessKind.Discount);
    public static readonly ServiceItem[] GiftCards = [Item("礼品卡", "电子礼品卡 100元", MessKind.GiftCard), Item("GIFTCARD-200", "礼品卡 200元 Gift card", MessKind.GiftCard)];
    public static readonly ServiceItem[] Vouchers = [Item("代金券", "代金券", MessKind.Voucher), Item("VOUCHER-50", "50元代金券", MessKind.Voucher)];
    public static readonly ServiceItem[] TopUps = [Item("100000000888", "补差价专用链接 拍下请联系客服", MessKind.PriceTopUp), Item("补差价", "补差价", MessKind.PriceTopUp)];
    public static readonly ServiceItem[] Gifts =
        [Item("ZP-CHALOU", "【赠品】茶漏 随机颜色", MessKind.FreeGift), Item("ZP-SAMPLE", "【赠品】试饮装 5g×3包", MessKind.FreeGift), Item("赠品", "赠品 随机", MessKind.FreeGift)];
    public static readonly ServiceItem TestLink = Item("600000000001", "测试链接 请勿拍下", MessKind.TestOrder);

    public static decimal GiftCardValue(ServiceItem card) => card.Sku == "礼品卡" ? 100m : 200m;
}
