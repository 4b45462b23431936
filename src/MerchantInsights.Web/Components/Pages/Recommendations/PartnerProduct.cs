namespace MerchantInsights.Web.Components.Pages.Recommendations;

/// <summary>A product that has bought-together partners, for the picker.</summary>
public sealed record PartnerProduct(string ProductId, string Name) : Shared.IProductRow;
