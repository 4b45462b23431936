namespace MerchantInsights.Data.Import;

/// <summary>A row that passed validation, ready to insert.</summary>
public readonly record struct ParsedLine(
    string OrderId, DateTime OrderDate, string? CustomerId, string ProductId, string ProductName,
    string Category, double Quantity, decimal UnitPrice, decimal? UnitCost);

/// <summary>Why one row was refused: the column and value at fault, in plain words.</summary>
public sealed record RowProblem(int RowNumber, string Column, string Value, string Reason)
{
    /// <summary>The full sentence, in the same shape as a file-level message: file, row, column, value, then reason.</summary>
    public string Describe(string fileName) => $"{fileName}, row {RowNumber}, column '{Column}' (value '{Value}'): {Reason}.";
}
