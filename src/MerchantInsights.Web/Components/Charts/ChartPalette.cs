namespace MerchantInsights.Web.Components.Charts;

/// <summary>The colours every chart shares, so a forecast's blue, a band's shade and a marker mean the same on each page.</summary>
public static class ChartPalette
{
    public const string Model = "#1976d2";
    public const string Past = "#555";
    public const string Suggested = "#2e7d32";
    public const string Chosen = "#d32f2f";
    public const string PastDots = "rgba(120,120,120,0.35)";
    public const string None = "rgba(0,0,0,0)";

    /// <summary>The inner (80%) band when two bands are drawn, the outer (95%) band, and a band drawn alone.</summary>
    public const string Band80 = "rgba(25,118,210,0.30)";
    public const string Band95 = "rgba(25,118,210,0.15)";
    public const string BandAlone = "rgba(25,118,210,0.2)";
}
