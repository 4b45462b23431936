using System.Reflection;
using MudBlazor;

namespace MerchantInsights.Web.Components.Layout;

/// <summary>
/// Turns the icon name a model feature registers ("Sell") into MudBlazor's icon. Features are described in Jobs, which
/// knows no UI library, so they name the icon instead of holding its SVG.
/// </summary>
public static class FeatureIcons
{
    public static string Resolve(string name) =>
        typeof(Icons.Material.Filled).GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
            ?? Icons.Material.Filled.Extension;

    public static bool Exists(string name) => typeof(Icons.Material.Filled)
        .GetField(name, BindingFlags.Public | BindingFlags.Static) is not null;
}
