namespace MerchantInsights.Web.Components.Shared;

/// <summary>A table row about one product, so pickers can search any page's rows by name or id.</summary>
public interface IProductRow
{
    string ProductId { get; }
    string Name { get; }
}

/// <summary>How every product list is searched: by name or the shop's product id, ignoring case; empty text matches all.</summary>
public static class ProductSearch
{
    public static bool Matches(IProductRow row, string? text) => string.IsNullOrWhiteSpace(text)
        || row.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || row.ProductId.Contains(text, StringComparison.OrdinalIgnoreCase);
}
