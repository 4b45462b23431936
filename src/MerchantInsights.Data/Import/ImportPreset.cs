namespace MerchantInsights.Data.Import;

/// <summary>A known export format: the headers that identify it, where each canonical column comes from, and its rules.</summary>
public sealed record ImportPreset(
    string Name,
    string SampleFile,
    IReadOnlyDictionary<SalesColumn, string[]> Columns,
    bool NameWhenProductIdMissing = false,
    string? CancelledOrderPrefix = null)
{
    /// <summary>Every required column (and the order date) must be found for the preset to apply.</summary>
    public bool Matches(IReadOnlyList<string> headers) =>
        Columns.Where(c => SalesColumns.IsRequired(c.Key)).All(c => Find(headers, c.Value) is not null);

    public static string? Find(IReadOnlyList<string> headers, IEnumerable<string> names) =>
        names.Select(n => headers.FirstOrDefault(h => Normalise(h) == Normalise(n))).FirstOrDefault(h => h is not null);

    public static string Normalise(string header) => new(header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
