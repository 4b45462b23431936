namespace MerchantInsights.Web.Components.Shared;

/// <summary>
/// A page's product row. The contract lives in Data (<see cref="Data.Sales.IProductRow"/>) so rows built outside the web
/// app — the forecast portfolio, which the CLI can write too — fit the pickers and tables; this name stays for rows
/// that already implement it.
/// </summary>
public interface IProductRow : Data.Sales.IProductRow;
