using MerchantInsights.Data.Import;
using MerchantInsights.Data.Tests.Corpus;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.HostileCorpus;

/// <summary>
/// Issue 16's hostile-input corpus, beside the bad-file corpus and read the same way (HostileCorpus/files/* and
/// expected.tsv): files built to exhaust memory or disk, or to break the reader, must each end in their pinned
/// message — or, for a forged workbook, in a clean import of its real rows.
/// </summary>
public sealed class HostileCorpusTests : ShopTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "HostileCorpus");

    public static TheoryData<string> Files() => new(BadFileCorpus.Expected(Folder).Keys);

    [Fact]
    public void Every_hostile_file_has_its_expected_outcome()
    {
        var files = Directory.GetFiles(Path.Combine(Folder, "files")).Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.Equal(files, BadFileCorpus.Expected(Folder).Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_hostile_file_ends_in_its_exact_message_or_a_clean_import(string fileName)
    {
        var outcome = await BadFileCorpus.ImportAsync(Shop, fileName, folder: Folder);

        var said = outcome.Messages.Count == 0 ? [$"(imported {outcome.Summary!.RowsImported} rows, none refused)"] : outcome.Messages;
        Assert.Equal(string.Join("\n", BadFileCorpus.Expected(Folder)[fileName]), string.Join("\n", said));
        if (outcome.RefusedWholeFile) Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        else Assert.Equal(outcome.Summary!.RowsImported, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
    }

    [Fact]
    public void The_preview_of_each_hostile_file_ends_in_a_message_or_a_preview_too()
    {
        foreach (var file in BadFileCorpus.Expected(Folder).Keys)
        {
            var path = Path.Combine(Shop.Folder, "preview-" + file);
            File.Copy(Path.Combine(Folder, "files", file), path, overwrite: true);
            try
            {
                var preview = SalesFilePreviewer.Preview(path, file);
                Assert.InRange(preview.Headers.Count, 2, ImportLimits.MaxColumns);
            }
            catch (CsvImportException e)
            {
                Assert.StartsWith(file, e.Message);
            }
        }
    }
}
