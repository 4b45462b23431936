using MerchantInsights.Data.Import;

namespace MerchantInsights.Jobs.Import;

/// <summary>Input of an import job: the kept original, the name the user knows it by, and the confirmed mapping (null = detect).</summary>
public sealed record ImportJobPayload(string StoredPath, string FileName, ColumnMapping? Mapping, bool ImportValidRowsAnyway = false);

/// <summary>Kept on a failed import that refused too many rows, so the page can offer "Import valid rows".</summary>
public sealed record RejectedImportResult(int RowsRead, int RowsRejected, IReadOnlyList<RowProblem> FirstProblems);
