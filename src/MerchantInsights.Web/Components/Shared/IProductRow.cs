namespace MerchantInsights.Web.Components.Shared;

/// <summary>A table row about one product, so pickers can search any page's rows by name or id.</summary>
public interface IProductRow
{
    string ProductId { get; }
    string Name { get; }
}
