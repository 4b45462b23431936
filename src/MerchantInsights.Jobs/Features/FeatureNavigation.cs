namespace MerchantInsights.Jobs.Features;

/// <summary>A feature's entry in the side menu.</summary>
/// <param name="Href">The page's relative URL ("pricing").</param>
/// <param name="Title">The menu text ("Pricing").</param>
/// <param name="Icon">The name of a MudBlazor <c>Icons.Material.Filled</c> icon ("Sell"); a name, so that Jobs needs no UI library.</param>
/// <param name="Order">Place among the feature entries, lowest first (the built-in ones use 10, 20, 30).</param>
public sealed record FeatureNavigation(string Href, string Title, string Icon, int Order);
