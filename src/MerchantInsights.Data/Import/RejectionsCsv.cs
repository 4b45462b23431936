using System.Text;

namespace MerchantInsights.Data.Import;

/// <summary>The refused rows of an import as a CSV the user can download and fix.</summary>
public static class RejectionsCsv
{
    public static string Write(IEnumerable<RejectedRow> rows)
    {
        var sb = new StringBuilder("row,column,value,reason\n");
        foreach (var r in rows)
            sb.Append(r.RowNumber).Append(',').Append(CsvField.Quote(r.Column)).Append(',').Append(CsvField.Quote(r.Value)).Append(',').Append(CsvField.Quote(r.Reason)).Append('\n');
        return sb.ToString();
    }
}
