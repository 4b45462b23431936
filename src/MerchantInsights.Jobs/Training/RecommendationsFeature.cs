using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Training;

/// <summary>Picks per customer and bought-together pairs: the recommendations step, two exports and the Recommendations page.</summary>
public static class RecommendationsFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "recommendations",
        Noun: "recommendations",
        Step: typeof(RecommendationsStep),
        ModelKinds: [ModelKinds.Recommendations, ModelKinds.Together],
        Exports:
        [
            new ModelExport("recommendations", "customer_id,rank,product_id,score", "recommendations", PicksAsync,
                new PicksOption(10, RecommendationsStep.PicksKept, "picks per customer")),
            new ModelExport("together", "product_id,rank,other_product_id,support,confidence,lift", "bought-together pairs", TogetherAsync,
                new PicksOption(5, RecommendationsStep.PicksKept, "partners per product")),
        ],
        Aliases: ["recommendation", "recs"],
        Navigation: new FeatureNavigation("recommendations", "Recommendations", "Recommend", 30));

    private static Task<int> PicksAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<ModelRows>().WriteAsync<List<CustomerPick>>(request, ModelKinds.Recommendations, (_, picks) =>
            picks.Where(p => p.Rank <= request.K).OrderBy(p => p.Rank)
                .Select(p => $"{CsvText.Field(p.CustomerId)},{p.Rank},{CsvText.Field(p.ProductId)},{CsvText.Number(p.Score)}"), ct);

    private static Task<int> TogetherAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<ModelRows>().WriteAsync<List<TogetherPair>>(request, ModelKinds.Together, (_, pairs) =>
            pairs.Where(p => p.Rank <= request.K).OrderBy(p => p.Rank).Select(p =>
                $"{CsvText.Field(p.ProductId)},{p.Rank},{CsvText.Field(p.OtherProductId)},{CsvText.Number(p.Support)}," +
                    $"{CsvText.Number(p.Confidence)},{CsvText.Number(p.Lift)}"), ct);
}
