using Bunit;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MerchantInsights.Web.Tests.Layout;

public sealed class NavigationTests
{
    private static readonly string[] Fixed = ["Overview", "Upload sales", "Products"];

    private static async Task<(IReadOnlyList<(string? Href, string Text)> Menu, ModelFeatures Features)> MenuAsync(WebTestContext web)
    {
        await web.InitializeAsync();
        try
        {
            var layout = web.Bunit.Render<NavMenu>();
            var menu = layout.FindAll(".mud-nav-link").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
            return (menu, web.Bunit.Services.GetRequiredService<ModelFeatures>());
        }
        finally { await web.DisposeAsync(); }
    }

    [Fact]
    public async Task The_menu_lists_the_feature_pages_in_their_order_between_products_and_jobs()
    {
        var (menu, features) = await MenuAsync(new WebTestContext());
        Assert.Equal([.. Fixed, .. features.Navigation.Select(n => n.Title), "Jobs"], menu.Select(m => m.Text));
        Assert.Equal(features.Navigation.Select(n => n.Href), menu.Skip(Fixed.Length).SkipLast(1).Select(m => m.Href!.TrimStart('/')));
        // The built-in pages, each present, in this order (a new feature may stand between them).
        var titles = menu.Select(m => m.Text).ToList();
        var at = new[] { "Forecasts", "Pricing", "Stock", "Recommendations", "Alerts", "Customers" }.Select(t => titles.IndexOf(t)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public async Task A_feature_registered_with_one_line_appears_in_the_menu_in_its_order()
    {
        var (before, _) = await MenuAsync(new WebTestContext());
        var (menu, features) = await MenuAsync(new WebTestContext(LoyaltyFeature.Register));

        var loyalty = menu.Single(m => m.Text == "Loyalty points");
        Assert.EndsWith("loyalty", loyalty.Href);
        Assert.Equal(before.Count + 1, menu.Count);
        // Order 28: after every entry with a lower order, before every entry with a higher one.
        var entries = features.Navigation.ToList();
        var index = entries.FindIndex(n => n.Href == "loyalty");
        Assert.All(entries.Take(index), n => Assert.True(n.Order <= 28, n.Title));
        Assert.All(entries.Skip(index + 1), n => Assert.True(n.Order > 28, n.Title));
        Assert.Equal(menu.ToList().IndexOf(loyalty), Fixed.Length + index);
    }

    [Fact]
    public async Task Every_registered_feature_names_an_icon_that_exists()
    {
        var (_, features) = await MenuAsync(new WebTestContext());
        Assert.NotEmpty(features.Navigation);
        Assert.All(features.Navigation, n => Assert.True(FeatureIcons.Exists(n.Icon), n.Icon));
        Assert.True(FeatureIcons.Exists(LoyaltyFeature.Descriptor.Navigation!.Icon));
        Assert.Equal(Icons.Material.Filled.Sell, FeatureIcons.Resolve("Sell"));
    }
}
