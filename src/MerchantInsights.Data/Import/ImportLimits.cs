namespace MerchantInsights.Data.Import;

/// <summary>
/// Bounds on what one upload may make the app hold or write, so a hostile or broken file ends in a message instead of
/// exhausting memory or disk. Real exports stay far inside them: a few dozen columns, lines of a few hundred characters.
/// </summary>
public static class ImportLimits
{
    /// <summary>Columns read from a header (a sales export has a few dozen); also the preview's mapping choices.</summary>
    public const int MaxColumns = 1_000;
    /// <summary>Characters in one line (one record): the CSV reader's buffer, never grown.</summary>
    public const int MaxLineChars = 1 << 16;
    /// <summary>Rows a workbook's first sheet may convert to (about 500 MB of CSV at 100 bytes a row).</summary>
    public const int MaxSheetRows = 5_000_000;
    /// <summary>Most lines the import's tables are sized for up front (a 500 MB export has ~5M); beyond, they grow as lines come. A file
    /// of very short lines estimates hundreds of millions and must not reserve gigabytes first (4M lines: ~75 MB a table).</summary>
    public const int MaxPresizedLines = 4_000_000;
    /// <summary>This many empty rows in a row end a sheet's data: what follows is formatting, or a forged dimension.</summary>
    public const int EmptyRowsEndingASheet = 1_000;

    public static readonly string TooManyColumns =
        $"the header has more than {MaxColumns:N0} columns, more than can be read (a sales export has a few dozen). " +
        "Delete the columns you do not need, or export only the order lines, and upload again.";

    public const string LineTooLong =
        "this line is longer than 65,536 characters, far longer than any order line: the file has lost its line breaks, or a quote (\") " +
            "is never closed. " +
        "Open the file in a spreadsheet program, check that row, save it as CSV and upload again.";
}
