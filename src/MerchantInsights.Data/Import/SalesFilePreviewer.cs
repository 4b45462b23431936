namespace MerchantInsights.Data.Import;

/// <summary>Reads the head of an upload to show it and to guess the column mapping, the date order and the number style.</summary>
public static class SalesFilePreviewer
{
    private const int SampleRows = 2000;

    public static FilePreview Preview(string path, string fileName, int rows = 10, long maxFileBytes = ImportOptions.DefaultMaxFileBytes)
    {
        FileSizeLimit.Check(fileName, new FileInfo(path).Length, maxFileBytes);
        using var file = SalesCsvFile.Open(path, fileName);
        if (file.Headers.Count < 2)
            throw new CsvImportException(fileName, "no columns found in the first line. The first line must be a header such as "
                + SalesColumns.CanonicalHeader + ".", 1);
        var mapping = ColumnMatcher.Match(file.Headers);
        int Index(SalesColumn c) => mapping.HeaderFor(c) is { } h ? file.IndexOf(h) : -1;
        var dateIndex = Index(SalesColumn.OrderDate);
        var shown = new List<IReadOnlyList<string>>();
        var dates = new List<string>();
        var numbers = new List<string>();
        for (var read = 0; read < SampleRows && file.Read(); read++)
        {
            if (shown.Count < rows) shown.Add(Enumerable.Range(0, file.Headers.Count).Select(file.Field).ToList());
            if (dateIndex >= 0) dates.Add(file.Field(dateIndex));
            // Every field: the number columns may not be mapped yet, and text never looks like "3,50".
            numbers.AddRange(Enumerable.Range(0, file.Headers.Count).Select(file.Field));
        }
        var (order, dateReason) = DateOrderDetector.Detect(dates);
        var (decimalComma, numberReason) = NumberStyleDetector.Detect(numbers);
        var encoding = FileKind.IsSpreadsheet(fileName) ? "Excel workbook (.xlsx), first sheet"
            : TextEncodingDetector.Describe(file.Encoding);
        return new FilePreview(fileName, file.Delimiter, encoding, file.Headers, shown,
            mapping with { DateOrder = order, DecimalComma = decimalComma }, dateReason, numberReason);
    }
}
