using Bunit;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Web.Components.Layout;
using MudBlazor;

namespace MerchantInsights.Web.Tests.Layout;

public sealed class NavigationTests
{
    /// <summary>A made-up feature with a page but no training step, registered only here.</summary>
    private static readonly ModelFeature Loyalty = new("loyalty", "loyalty points", null, [], [], [],
        new FeatureNavigation("loyalty", "Loyalty points", "Loyalty", 25));

    private static async Task<IReadOnlyList<(string? Href, string Text)>> MenuAsync(WebTestContext web)
    {
        await web.InitializeAsync();
        try
        {
            var layout = web.Bunit.Render<NavMenu>();
            return layout.FindAll(".mud-nav-link").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        }
        finally { await web.DisposeAsync(); }
    }

    [Fact]
    public async Task The_menu_lists_the_feature_pages_between_products_and_jobs()
    {
        var menu = await MenuAsync(new WebTestContext());
        Assert.Equal(["Overview", "Upload sales", "Products", "Forecasts", "Pricing", "Recommendations", "Customers", "Jobs"], menu.Select(m => m.Text));
    }

    [Fact]
    public async Task A_registered_feature_appears_in_the_menu_in_its_order()
    {
        var menu = await MenuAsync(new WebTestContext(s => s.AddModelFeature(Loyalty)));
        Assert.Equal(["Forecasts", "Pricing", "Loyalty points", "Recommendations"], menu.Select(m => m.Text).Skip(3).Take(4));
        Assert.EndsWith("loyalty", menu.Single(m => m.Text == "Loyalty points").Href);
    }

    [Fact]
    public void Every_built_in_feature_names_an_icon_that_exists()
    {
        Assert.All(new[] { ForecastFeature.Descriptor, PricingFeature.Descriptor, RecommendationsFeature.Descriptor },
            f => Assert.True(FeatureIcons.Exists(f.Navigation!.Icon), f.Navigation.Icon));
        Assert.Equal(Icons.Material.Filled.Sell, FeatureIcons.Resolve("Sell"));
    }
}
