namespace MerchantInsights.Data.Import;

/// <summary>RFC 4180 quoting for every CSV the app writes (rejected rows, converted workbooks, exports).</summary>
public static class CsvField
{
    public static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
