namespace MerchantInsights.E2E;

/// <summary>Test files copied beside the test assembly (Fixtures/).</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
