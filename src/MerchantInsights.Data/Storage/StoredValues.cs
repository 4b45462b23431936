using System.Globalization;

namespace MerchantInsights.Data.Storage;

/// <summary>How raw SQL reads the values EF stores as text (days) and ten-thousandths (money).</summary>
internal static class StoredValues
{
    public static DateOnly Day(string stored) => DateOnly.ParseExact(stored[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as stored in text columns (order dates, when a name or cost was last seen).</summary>
    public static string Stamp(DateTime moment) => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
