namespace MerchantInsights.Data.Import;

/// <summary>Raised before committing when more rows were refused than the user allowed; nothing was imported.</summary>
public sealed class TooManyRejectedRowsException(string fileName, int rowsRead, int rowsRejected, IReadOnlyList<RowProblem> firstProblems)
    : Exception($"{fileName}: {rowsRejected:N0} of {rowsRead:N0} rows ({100.0 * rowsRejected / Math.Max(1, rowsRead):0.#}%) could not be read, so nothing was imported. " +
                $"First problem: row {firstProblems.FirstOrDefault()?.RowNumber}, column '{firstProblems.FirstOrDefault()?.Column}': {firstProblems.FirstOrDefault()?.Reason}. " +
                "Check the column mapping and date order, or choose \"Import valid rows\".")
{
    public string FileName { get; } = fileName;
    public int RowsRead { get; } = rowsRead;
    public int RowsRejected { get; } = rowsRejected;
    public IReadOnlyList<RowProblem> FirstProblems { get; } = firstProblems;
}
