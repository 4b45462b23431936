using System.Globalization;

namespace MerchantInsights.Data.Files;

/// <summary>
/// The one way the app writes CSV fields (rejected rows, converted workbooks, model exports, the forecast portfolio):
/// RFC 4180 quoting, invariant numbers, ISO dates, and text cells that can never run as spreadsheet formulas.
/// </summary>
public static class CsvText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A text cell of a file the user opens in a spreadsheet: quoted, and neutralised with a leading apostrophe when it
    /// would start a formula (= + - @ tab CR, OWASP's CSV-injection rule) — an upload's product name must never run in
    /// Excel. A value that is just a number ("-5", "+3.20") stays as it is.
    /// </summary>
    public static string Field(string? value) => Quote(Neutralise(value));

    public static string? Neutralise(string? value) =>
        string.IsNullOrEmpty(value) || value.IndexOfAny(FormulaStarts) != 0 || IsPlainNumber(value) ? value : "'" + value;

    /// <summary>Quoting only, for cells copied as they are (a workbook converted to CSV for the importer).</summary>
    public static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    public static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    public static string Number(double? value) => value is { } v ? Number(v) : "";

    public static string Money(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "";

    public static string Money(double? value) => value is { } v ? Money(v) : "";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsPlainNumber(string value) => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
