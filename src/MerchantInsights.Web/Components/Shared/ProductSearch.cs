namespace MerchantInsights.Web.Components.Shared;

/// <summary>How every product list is searched: by name or the shop's product id, ignoring case; empty text matches all.</summary>
public static class ProductSearch
{
    public static bool Matches(Data.Sales.IProductRow row, string? text) => string.IsNullOrWhiteSpace(text)
        || row.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || row.ProductId.Contains(text, StringComparison.OrdinalIgnoreCase);
}
