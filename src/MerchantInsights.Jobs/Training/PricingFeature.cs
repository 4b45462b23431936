using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Training;

/// <summary>Price elasticities and suggested prices: the pricing step, the prices export and the Pricing page.</summary>
public static class PricingFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "pricing",
        Noun: "prices",
        Step: typeof(PricingStep),
        ModelKinds: [ModelKinds.Pricing],
        Exports: [new ModelExport("prices",
            "product_id,current_price,unit_cost,elasticity,elasticity_low,elasticity_high," +
                "suggested_price,expected_units,expected_profit,verdict",
            "price suggestions", WriteAsync)],
        Aliases: ["prices", "price"],
        Navigation: new FeatureNavigation("pricing", "Pricing", "Sell", 20));

    private static Task<int> WriteAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<ModelRows>().WriteAsync<ProductPricing>(request, ModelKinds.Pricing, (id, p) =>
            [string.Join(',', CsvText.Field(id), CsvText.Money(p.Suggestion.CurrentPrice), CsvText.Money(p.Suggestion.UnitCost),
                CsvText.Number(p.Elasticity.Elasticity), CsvText.Number(p.Elasticity.Low80), CsvText.Number(p.Elasticity.High80),
                CsvText.Money(p.Suggestion.SuggestedPrice), CsvText.Number(p.Suggestion.ExpectedUnitsPerDay),
                CsvText.Money(p.Suggestion.ExpectedProfitPerDay), CsvText.Field(p.Elasticity.Verdict))], ct);
}
