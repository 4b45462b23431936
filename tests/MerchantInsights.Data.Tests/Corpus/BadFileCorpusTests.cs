using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Corpus;

public sealed class BadFileCorpusTests : ShopTests
{
    public static TheoryData<string> Files() => new(BadFileCorpus.Expected().Keys);

    [Fact]
    public void The_corpus_has_at_least_30_bad_files_and_each_has_its_expected_messages()
    {
        var files = Directory.GetFiles(Path.Combine(BadFileCorpus.Folder, "files")).Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.True(files.Count >= 30, $"only {files.Count} files in the corpus");
        Assert.Equal(files, BadFileCorpus.Expected().Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_bad_file_gets_its_exact_message(string fileName)
    {
        var outcome = await BadFileCorpus.ImportAsync(Shop, fileName);

        Assert.Equal(string.Join("\n", BadFileCorpus.Expected()[fileName]), string.Join("\n", outcome.Messages));
        if (outcome.RefusedWholeFile)
        {
            Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
            Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
            Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM DailySales"));
        }
        else
        {
            var s = outcome.Summary!;
            Assert.Equal(s.RowsRead - s.RowsRejected, s.RowsImported);
            Assert.Equal(s.RowsRejected, await Shop.ScalarAsync("SELECT COUNT(*) FROM RejectedRows"));
            Assert.Equal(s.RowsImported, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        }
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Shop.WriteFile("too-big.csv", Csv.Canonical(Enumerable.Repeat("A1,2025-03-01,C1,MUG-1,Enamel mug,Kitchen,1,12.50,", 30_000).ToArray()));
        var options = new ImportOptions { MaxFileBytes = 1024 * 1024 };

        var e = await Assert.ThrowsAsync<CsvImportException>(() =>
            Shop.Importer.ImportAsync(path, "too-big.csv", ColumnMatcher.Match(SalesColumns.CanonicalHeader.Split(',')), options, null, default));
        var preview = Assert.Throws<CsvImportException>(() => SalesFilePreviewer.Preview(path, "too-big.csv", maxFileBytes: options.MaxFileBytes));

        Assert.Equal("too-big.csv: the file is 1.5 MB, above the 1 MB limit. Export a shorter date range and upload each part separately.", e.Message);
        Assert.Equal(e.Message, preview.Message);
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
    }

    [Fact]
    public async Task A_duplicate_of_an_earlier_upload_is_refused_and_adds_nothing()
    {
        var first = Shop.WriteFile("march.csv", Csv.Canonical("A1,2025-03-01,C1,MUG-1,Enamel mug,Kitchen,1,12.50,"));
        await Shop.ImportAsync(first);
        var again = Shop.WriteFile("march-again.csv", File.ReadAllText(first));

        var e = await Assert.ThrowsAsync<CsvImportException>(() => Shop.ImportAsync(again));

        Assert.Matches(@"^march-again\.csv: this exact file was already imported on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(as 'march\.csv'\)\. " +
            @"Nothing was imported again; undo that import first if you want to re-import it with another mapping\.$", e.Message);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
    }
}
