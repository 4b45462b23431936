namespace MerchantInsights.Data.Import;

/// <summary>A file that cannot be imported at all; the message names the file (and row/column when one is at fault) and what to
/// do.</summary>
public sealed class CsvImportException(string fileName, string reason, int? row = null, string? column = null, string? value = null)
    : Exception(Compose(fileName, reason, row, column, value))
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;
    public int? Row { get; } = row;
    public string? Column { get; } = column;
    public string? Value { get; } = value;

    private static string Compose(string fileName, string reason, int? row, string? column, string? value)
    {
        var where = row is null ? "" : $", row {row}";
        where += column is null ? "" : $", column '{column}'";
        where += value is null ? "" : $" (value '{value}')";
        return $"{fileName}{where}: {reason}";
    }
}
