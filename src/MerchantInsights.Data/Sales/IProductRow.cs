namespace MerchantInsights.Data.Sales;

/// <summary>A table row about one product, so pickers can search any page's rows (or a CLI's) by name or id.</summary>
public interface IProductRow
{
    string ProductId { get; }
    string Name { get; }
}
