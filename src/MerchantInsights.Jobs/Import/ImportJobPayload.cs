using MerchantInsights.Data.Import;

namespace MerchantInsights.Jobs.Import;

/// <summary>
/// Input of an import job: the kept original, the name the user knows it by, the confirmed mapping (null = detect),
/// whether to queue training once the data is in (the web app does; the CLI has its own `train`), and whether it runs inline
/// (the CLI: no page is polling the file meanwhile, so a first import may lock it; <see cref="ImportOptions.WriteOnceWhenFirst"/>).
/// </summary>
public sealed record ImportJobPayload(string StoredPath, string FileName, ColumnMapping? Mapping, bool ImportValidRowsAnyway = false,
    bool TrainAfter = false, bool RunInline = false);

/// <summary>Kept on a failed import that refused too many rows, so the page can offer "Import valid rows".</summary>
public sealed record RejectedImportResult(int RowsRead, int RowsRejected, IReadOnlyList<RowProblem> FirstProblems);
