namespace MerchantInsights.Data.Import;

/// <summary>What an import did, as the user sees it afterwards, and how it read the file (null for a summary rebuilt after a
/// restart).</summary>
public sealed record ImportSummary(
    int BatchId, string FileName, int RowsRead, int RowsImported, int RowsRejected, int RowsAlreadyPresent,
    int Products, int Customers, DateOnly? FirstDay, DateOnly? LastDay, TimeSpan Elapsed,
    IReadOnlyList<RowProblem> FirstProblems, ColumnMapping? Mapping = null)
{
    /// <summary>The mapping in words: "Order id ← 'Bestellnummer', …; not in the file: Unit cost; dates day first, decimal
    /// comma".</summary>
    public string? MappingInWords()
    {
        if (Mapping is not { } m) return null;
        var read = SalesColumns.All.Where(c => m.HeaderFor(c) is not null).Select(c => $"{SalesColumns.Label(c)} ← '{m.HeaderFor(c)}'");
        var missing = SalesColumns.All.Where(c => m.HeaderFor(c) is null).Select(SalesColumns.Label).ToList();
        var dates = m.DateOrder switch { DateOrder.DayFirst => "day first", DateOrder.MonthFirst => "month first", _ => "year first" };
        return $"Columns read ({m.Preset}): {string.Join(", ", read)}" +
            (missing.Count > 0 ? $"; not in the file: {string.Join(", ", missing)}" : "") +
            $"; dates {dates}, decimal {(m.DecimalComma ? "comma" : "point")}";
    }
}
