namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Reason codes beside product indices (≥ 0 means "because you bought" that product).</summary>
internal static class PickReason
{
    public const int Popular = -1;
    public const int Regular = -2;

    public static string Describe(int reason, string[] productIds) => reason switch
    {
        Regular => "you buy this regularly",
        >= 0 => $"because you bought {productIds[reason]}",
        _ => "popular right now",
    };
}
