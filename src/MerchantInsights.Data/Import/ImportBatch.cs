namespace MerchantInsights.Data.Import;

/// <summary>One uploaded file imported as a whole; undoing it deletes exactly its lines.</summary>
public sealed class ImportBatch
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of the file's bytes, hex; the same file uploaded twice is refused.</summary>
    public required string FileHash { get; set; }
    /// <summary>Where the original upload is kept, so it can be re-imported with another mapping.</summary>
    public string? StoredPath { get; set; }
    public DateTime ImportedAt { get; set; }
    public int RowsRead { get; set; }
    public int RowsImported { get; set; }
    public int RowsRejected { get; set; }
    /// <summary>Lines already present from an earlier upload (same order, product and line), skipped.</summary>
    public int RowsAlreadyPresent { get; set; }
    public string MappingJson { get; set; } = "";
    public List<RejectedRow> Rejections { get; set; } = [];
}
