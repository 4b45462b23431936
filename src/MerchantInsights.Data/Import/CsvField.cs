namespace MerchantInsights.Data.Import;

/// <summary>RFC 4180 quoting for every CSV the app writes (rejected rows, converted workbooks, exports).</summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A text cell of a file the user opens in a spreadsheet: quoted, and neutralised with a leading apostrophe when it
    /// would start a formula (= + - @ tab CR, OWASP's CSV-injection rule) — an upload's product name must never run in
    /// Excel. A value that is just a number ("-5", "+3.20") stays as it is.
    /// </summary>
    public static string Text(string? value) => Quote(Neutralise(value));

    public static string? Neutralise(string? value) =>
        string.IsNullOrEmpty(value) || value.IndexOfAny(FormulaStarts) != 0 || IsPlainNumber(value) ? value : "'" + value;

    private static bool IsPlainNumber(string value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    public static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
