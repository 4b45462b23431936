using System.Globalization;
using System.Text;
using MerchantInsights.Data.Files;
using MiniExcelLibs;

namespace MerchantInsights.Data.Import;

/// <summary>
/// Turns the first sheet of an .xlsx upload into a UTF-8 CSV beside it (once), so spreadsheets go through exactly
/// the same preview, mapping and import pipeline as CSV files. MiniExcel streams the sheet row by row, so memory
/// stays flat. Dates come as DateTime (date-formatted cells) or as OLE serial numbers (unformatted cells in the
/// order-date column); both are written as ISO dates.
/// </summary>
public static class SpreadsheetConverter
{
    public static string CsvPathFor(string xlsxPath) => xlsxPath + ".sheet.csv";

    public static string EnsureCsv(string xlsxPath, string fileName, long maxBytes = ImportOptions.DefaultMaxFileBytes)
    {
        var csvPath = CsvPathFor(xlsxPath);
        if (File.Exists(csvPath) && File.GetLastWriteTimeUtc(csvPath) >= File.GetLastWriteTimeUtc(xlsxPath)) return csvPath;
        var partial = csvPath + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            Convert(xlsxPath, partial, fileName, maxBytes);
            File.Move(partial, csvPath, overwrite: true);
            return csvPath;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static void Convert(string xlsxPath, string csvPath, string fileName, long maxBytes)
    {
        using var output = new StreamWriter(csvPath, false, new UTF8Encoding(false), 1 << 16);
        string[]? columns = null;
        var dateColumn = -1;
        var (rows, emptyRun) = (0, 0);
        try
        {
            // Never trust the sheet's <dimension> (a forged A1:XFD1048576 would expand to billions of cells): read only as many
            // columns as the header names, stop at a long run of empty rows after the data, and bound the output.
            var width = HeaderWidth(xlsxPath, fileName);
            foreach (IDictionary<string, object?> row in MiniExcel.QueryRange(xlsxPath, useHeaderRow: false, excelType: ExcelType.XLSX,
                         startCell: "A1", endCell: ColumnLetters(width) + "1048576"))
            {
                if (columns is null)
                {
                    columns = [.. row.Keys.Take(width)];
                    var headers = columns.Select(c => Text(row[c], false)).ToList();
                    if (ColumnMatcher.Match(headers).HeaderFor(SalesColumn.OrderDate) is { } h) dateColumn = headers.IndexOf(h);
                    WriteLine(output, headers);
                    continue;
                }
                var fields = columns.Select((c, i) => Text(row.TryGetValue(c, out var v) ? v : null, i == dateColumn)).ToList();
                if (fields.TrueForAll(f => f.Length == 0))
                {
                    if (++emptyRun >= ImportLimits.EmptyRowsEndingASheet) break;
                    continue;
                }
                for (; emptyRun > 0; emptyRun--) WriteLine(output, fields.Select(_ => ""));
                if (++rows > ImportLimits.MaxSheetRows || output.BaseStream.Position > maxBytes)
                    throw new CsvImportException(fileName,
                        $"the first sheet holds more than {ImportLimits.MaxSheetRows:N0} rows or {FileSizeLimit.Megabytes(maxBytes)} of " +
                        $"values, " +
                        "more than one upload may hold. Export a shorter date range and upload each part separately.");
                WriteLine(output, fields);
            }
        }
        catch (Exception e) when (e is not CsvImportException and not OperationCanceledException)
        {
            throw new CsvImportException(fileName,
                "this .xlsx file could not be opened as an Excel workbook; it is damaged or not really a workbook. Open it in Excel, " +
                "save it again as .xlsx or CSV, and upload that.");
        }
        if (columns is null)
            throw new CsvImportException(fileName,
                "the first sheet of this workbook is empty. Put the orders on the first sheet, with a header row, and upload again.");
    }

    /// <summary>Columns up to the header row's last named one; a header wider than the limit is refused.</summary>
    private static int HeaderWidth(string xlsxPath, string fileName)
    {
        var endCell = ColumnLetters(ImportLimits.MaxColumns + 1) + "1";
        foreach (IDictionary<string, object?> header in MiniExcel.QueryRange(xlsxPath, useHeaderRow: false, excelType: ExcelType.XLSX,
            startCell: "A1", endCell: endCell))
        {
            var used = header.Values.ToList().FindLastIndex(v => Text(v, false).Trim().Length > 0) + 1;
            if (used > ImportLimits.MaxColumns) throw new CsvImportException(fileName, ImportLimits.TooManyColumns, 1);
            return Math.Max(used, 1);
        }
        return 1;
    }

    private static string ColumnLetters(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26) letters = (char)('A' + (number - 1) % 26) + letters;
        return letters;
    }

    private static string Text(object? value, bool isDate) => value switch
    {
        null => "",
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d when isDate && d is > 1 and < 2958466 => Text(DateTime.FromOADate(d), false),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void WriteLine(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(",", fields.Select(CsvText.Quote)));
        output.Write('\n');
    }
}
