namespace MerchantInsights.Web.Components.Charts;

/// <summary>
/// Text from the shop's data on its way into a Plotly chart. Plotly renders a subset of HTML in labels and legends
/// (&lt;a href&gt;, &lt;b&gt;, &lt;br&gt;) and reads entities, so a product named &lt;a href=…&gt; would become a link:
/// every name goes through <see cref="Label"/> first, where it becomes plain text.
/// </summary>
public static class ChartText
{
    public static string Label(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
