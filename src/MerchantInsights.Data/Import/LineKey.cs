namespace MerchantInsights.Data.Import;

/// <summary>
/// Identity of an order line across uploads: FNV-1a 64-bit over (order id, product id, occurrence).
/// Two distinct lines collide with probability about n²/2⁶⁵ (3·10⁻⁸ for a million lines); the price of that
/// tiny risk is an import several times faster than a composite text index.
/// </summary>
public static class LineKey
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(string orderId, string productId, int occurrence)
    {
        var h = Pair(orderId, productId);
        h = (h ^ (uint)occurrence) * Prime;
        return (long)h;
    }

    /// <summary>Hash of (order id, product id) alone: used to count occurrences within a file.</summary>
    public static ulong Pair(string orderId, string productId)
    {
        var h = Offset;
        foreach (var c in orderId) h = (h ^ c) * Prime;
        h = (h ^ 0x1F) * Prime; // separator, so ("AB","C") differs from ("A","BC")
        foreach (var c in productId) h = (h ^ c) * Prime;
        return h;
    }
}
