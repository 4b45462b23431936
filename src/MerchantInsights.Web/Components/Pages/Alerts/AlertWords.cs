using MerchantInsights.Analytics.Alerts;

namespace MerchantInsights.Web.Components.Pages.Alerts;

/// <summary>How the pages name alert kinds and days for the owner.</summary>
public static class AlertWords
{
    public static string Kind(AlertKind kind) => kind switch
    {
        AlertKind.Spike => "Sales spike",
        AlertKind.Drop => "Sales drop",
        AlertKind.LargeOrder => "Large order",
        _ => "Odd price",
    };

    /// <summary>What each kind means, for the panel and the page.</summary>
    public static string Meaning(AlertKind kind) => kind switch
    {
        AlertKind.Spike => "a day far above what was expected for that product",
        AlertKind.Drop => "days far below the usual (a listing down, out of stock)",
        AlertKind.LargeOrder => "an order line far above the product's usual order",
        _ => "a unit price far from the product's usual price",
    };

    public static string Days(SalesAlert a) =>
        a.From == a.To ? a.From.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : $"{a.From.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)} – " +
                $"{a.To.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";

    public static MudBlazor.Color Colour(AlertSeverity severity) => severity switch
    {
        AlertSeverity.High => MudBlazor.Color.Error,
        AlertSeverity.Medium => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>The reason as a sentence.</summary>
    public static string Sentence(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..]
        + (reason.EndsWith('?') ? "" : ".");
}
