using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Corpus;

/// <summary>
/// The bad-file corpus: Corpus/files/* and, in Corpus/expected.tsv, the exact messages each file must produce —
/// one line for a file that cannot be imported at all, one line per refused row otherwise.
/// </summary>
public static class BadFileCorpus
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Expected(string? folder = null) =>
        File.ReadLines(Path.Combine(folder ?? Folder, "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .GroupBy(p => p[0], p => p[1])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.ToList());

    /// <summary>Imports a copy of the file (preview, suggested mapping, valid rows accepted) and returns what the user is told.</summary>
    public static async Task<CorpusOutcome> ImportAsync(TempShop shop, string fileName, ImportOptions? options = null, string? folder = null)
    {
        var path = Path.Combine(shop.Folder, fileName);
        File.Copy(Path.Combine(folder ?? Folder, "files", fileName), path, overwrite: true);
        try
        {
            var summary = await shop.ImportAsync(path, options ?? new ImportOptions { ImportValidRowsAnyway = true });
            return new CorpusOutcome(false, summary.FirstProblems.Select(p => p.Describe(fileName)).ToList(), summary);
        }
        catch (CsvImportException e)
        {
            return new CorpusOutcome(true, [e.Message], null);
        }
    }
}

public sealed record CorpusOutcome(bool RefusedWholeFile, IReadOnlyList<string> Messages, ImportSummary? Summary);
