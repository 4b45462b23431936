namespace MerchantInsights.Data.Import;

/// <summary>Raised before committing when more rows were refused than the user allowed; nothing was imported.</summary>
public sealed class TooManyRejectedRowsException(string fileName, int rowsRead, int rowsRejected, IReadOnlyList<RowProblem> firstProblems)
    : Exception($"{fileName}: {rowsRejected:N0} of {rowsRead:N0} rows ({100.0 * rowsRejected / Math.Max(1, rowsRead):0.#}%) could not be " +
        $"read, so nothing was imported. " +
                (firstProblems.Count > 0 ? $"First problem: {firstProblems[0].Describe(fileName)} " : "") +
                $"Check the column mapping and date order, or import the {rowsRead - rowsRejected:N0} valid rows (\"Import the valid " +
                    $"rows\" on the upload page, --import-valid-rows in the CLI).")
{
    public string FileName { get; } = fileName;
    public int RowsRead { get; } = rowsRead;
    public int RowsRejected { get; } = rowsRejected;
    public IReadOnlyList<RowProblem> FirstProblems { get; } = firstProblems;
}
