namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>RFC 4180 quoting for the generated files: a field with a comma, quote or line break goes in quotes.</summary>
public static class CsvQuote
{
    public static string Field(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
