using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Web.Components.Pages.Pricing;

/// <summary>One product in the pricing table.</summary>
public sealed record PriceRow(string ProductId, string Name, string Category, double CurrentPrice, double Elasticity, double Low,
    double High,
    string Verdict, double SuggestedPrice, double ChangePct, string Objective, decimal RecentRevenue = 0) : Shared.IProductRow
{
    public static PriceRow From(ProductPricing p, string name, decimal recentRevenue = 0)
        => new(p.ProductId, name, p.Category, p.Suggestion.CurrentPrice,
        p.Elasticity.Elasticity, p.Elasticity.Low80, p.Elasticity.High80, p.Elasticity.Verdict, p.Suggestion.SuggestedPrice,
        p.Suggestion.ChangePct, p.Suggestion.Objective, recentRevenue);

    public string Range => $"{Low:0.00} to {High:0.00}";
}
