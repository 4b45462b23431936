namespace MerchantInsights.Data.Import;

/// <summary>A row of an upload that was not imported, with the reason in plain words.</summary>
public sealed class RejectedRow
{
    public long Id { get; set; }
    public int ImportBatchId { get; set; }
    /// <summary>Row number in the file, counting the header as row 1 (as a spreadsheet shows it).</summary>
    public int RowNumber { get; set; }
    public string Column { get; set; } = "";
    public string Value { get; set; } = "";
    public required string Reason { get; set; }
}
