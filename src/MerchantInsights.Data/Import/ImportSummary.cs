namespace MerchantInsights.Data.Import;

/// <summary>What an import did, as the user sees it afterwards.</summary>
public sealed record ImportSummary(
    int BatchId, string FileName, int RowsRead, int RowsImported, int RowsRejected, int RowsAlreadyPresent,
    int Products, int Customers, DateOnly? FirstDay, DateOnly? LastDay, TimeSpan Elapsed,
    IReadOnlyList<RowProblem> FirstProblems);
