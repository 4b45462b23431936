using MerchantInsights.Data.Import;

namespace MerchantInsights.Testing;

/// <summary>Canonical sales CSV text from rows, for readable tests.</summary>
public static class Csv
{
    public static string Canonical(params string[] rows) => SalesColumns.CanonicalHeader + "\n" + string.Join("\n", rows) + "\n";
}
