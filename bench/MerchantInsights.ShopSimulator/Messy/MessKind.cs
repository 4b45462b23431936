namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>What a line in a messy export really is, in the shop owner's words; only <see cref="Sale"/> is a normal sale.</summary>
public enum MessKind
{
    Sale,
    Shipping,
    ShippingInsurance,
    GiftWrap,
    GiftCard,
    Voucher,
    Tip,
    Adjustment,
    HandlingFee,
    Commission,
    Discount,
    PriceTopUp,
    FreeSample,
    FreeGift,
    TestOrder,
    BulkOrder,
    Cancellation,
    PartialReturn,
}
