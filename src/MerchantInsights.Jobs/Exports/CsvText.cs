using System.Globalization;

namespace MerchantInsights.Jobs.Exports;

/// <summary>Writes CSV fields the way every export does: invariant numbers, ISO dates, RFC 4180 quoting.</summary>
public static class CsvText
{
    /// <summary>A text cell: quoted, and never a formula when opened in a spreadsheet.</summary>
    public static string Field(string? value) => Data.Import.CsvField.Text(value);

    public static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    public static string Number(double? value) => value is { } v ? Number(v) : "";

    public static string Money(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "";

    public static string Money(double? value) => value is { } v ? Money(v) : "";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
