using System.Text;
using MerchantInsights.Data.Files;

namespace MerchantInsights.Data.Import;

/// <summary>The refused rows of an import as a CSV the user can download and fix; text cells can never run as formulas.</summary>
public static class RejectionsCsv
{
    public const string Header = "row,column,value,reason";

    public static string Write(IEnumerable<RejectedRow> rows)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var r in rows) sb.Append(Line(r)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Streams the rows to the writer (a download), never holding the whole file.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<RejectedRow> rows, TextWriter writer, CancellationToken ct)
    {
        await writer.WriteAsync(Header + "\n");
        await foreach (var r in rows.WithCancellation(ct)) await writer.WriteAsync(Line(r) + "\n");
    }

    private static string Line(RejectedRow r) =>
        $"{r.RowNumber},{CsvText.Field(r.Column)},{CsvText.Field(r.Value)},{CsvText.Field(r.Reason)}";
}
