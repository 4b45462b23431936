namespace MerchantInsights.Analytics.Tests.Conventions;

/// <summary>No line of the app's code (src/**/*.cs and *.razor, migrations aside) is longer than 140 characters.</summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 140;

    /// <summary>
    /// Files with user-facing sentences in interpolated strings or attributes that the wrapping script cannot split safely;
    /// they are to be wrapped by hand, best when those sentences move to resources (localisation). A folder ends in '/'.
    /// Remove an entry when its file is wrapped; the test then holds it too.
    /// </summary>
    private static readonly string[] NotYetWrapped =
    [
        "src/MerchantInsights.Web/Components/Pages/Alerts/AlertsPage.razor",
        "src/MerchantInsights.Web/Components/Pages/Alerts/AlertsPanel.razor",
        "src/MerchantInsights.Web/Components/Pages/Forecast/AccuracyText.cs",
        "src/MerchantInsights.Web/Components/Pages/Forecast/ForecastPage.razor",
        "src/MerchantInsights.Web/Components/Pages/Forecast/ForecastPortfolioTable.razor",
        "src/MerchantInsights.Web/Components/Pages/Forecast/ForecastProductView.razor",
        "src/MerchantInsights.Web/Components/Pages/Overview/OverviewPage.razor",
        "src/MerchantInsights.Web/Components/Pages/Pricing/PricingPage.razor",
        "src/MerchantInsights.Web/Components/Pages/Pricing/PricingTable.razor",
        "src/MerchantInsights.Web/Components/Pages/Pricing/PricingWhatIf.razor",
    ];

    [Fact]
    public void No_source_line_is_longer_than_140_characters()
    {
        var root = RepositoryRoot();
        var files = SourceFiles(root).ToList();
        Assert.NotEmpty(files);

        var tooLong = files
            .Where(f => !NotYetWrapped.Any(f.StartsWith))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLength)
            .Select(l => $"{l.File}:{l.Line} ({l.Length})")
            .ToList();

        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines over {MaxLength} characters:\n" + string.Join("\n", tooLong.Take(50)));
    }

    [Fact]
    public void Every_exception_still_names_an_existing_file_or_folder()
    {
        var root = RepositoryRoot();
        Assert.All(NotYetWrapped, e => Assert.True(
            File.Exists(Path.Combine(root, e)) || Directory.Exists(Path.Combine(root, e))
                || SourceFiles(root).Any(f => f.StartsWith(e, StringComparison.Ordinal)), e));
    }

    /// <summary>Paths relative to the root, with '/' separators; bin, obj and Migrations left out.</summary>
    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "Migrations"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MerchantInsights.sln")))
                return dir.FullName;
        throw new InvalidOperationException("MerchantInsights.sln not found above " + AppContext.BaseDirectory);
    }
}
