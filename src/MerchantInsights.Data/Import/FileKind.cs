namespace MerchantInsights.Data.Import;

/// <summary>Which uploads can be imported, judged by the file name's extension before the content is read.</summary>
public static class FileKind
{
    public static IReadOnlyList<string> TextExtensions { get; } = [".csv", ".tsv", ".txt", ".tab"];
    public const string SpreadsheetExtension = ".xlsx";
    /// <summary>For a file picker's accept attribute.</summary>
    public static string Accept { get; } = string.Join(",", [.. TextExtensions, SpreadsheetExtension]);

    public static bool IsSpreadsheet(string fileName) =>
        string.Equals(Path.GetExtension(fileName), SpreadsheetExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>No extension is let through: the content check decides. Anything else unknown is refused.</summary>
    public static void Check(string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext.Length == 0 || ext == SpreadsheetExtension || TextExtensions.Contains(ext)) return;
        throw new CsvImportException(fileName, ext switch
        {
            ".xls" => "old Excel (.xls) files cannot be read. Open it in Excel, save it as .xlsx or CSV, and upload that.",
            ".ods" or ".numbers" => $"{ext} spreadsheets cannot be read. Save the sheet as .xlsx or CSV and upload that.",
            _ => $"'{ext}' files cannot be imported. Upload the orders export as .csv, .tsv, .txt or .xlsx.",
        });
    }
}
