namespace MerchantInsights.Web.Components.Charts;

/// <summary>A trace's x and y as Plotly takes them; <paramref name="Weekly"/> when days were averaged into weeks to stay light.</summary>
public sealed record ChartSeries(List<object> X, List<object> Y, bool Weekly);
