using MerchantInsights.Data.Demand;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Tests.Features;

/// <summary>A made-up feature registered only in tests: proves a new feature needs nothing but its registration.</summary>
public static class LoyaltyFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "loyalty",
        Noun: "loyalty points",
        Step: typeof(LoyaltyStep),
        ModelKinds: ["loyalty"],
        Exports: [new ModelExport("loyalty", "customer_id,points", "loyalty points",
            async (_, request, ct) =>
            {
                await request.Writer.WriteLineAsync(request.Export.Header.AsMemory(), ct);
                await request.Writer.WriteLineAsync("C-1,120".AsMemory(), ct);
                return 1;
            })],
        Aliases: ["points"],
        Navigation: new FeatureNavigation("loyalty", "Loyalty points", "Loyalty", 40));

    /// <summary>A feature without training: a page and an export that read a stock file besides the models.</summary>
    public static ModelFeature Reorder { get; } = new("reorder", "reorder points", null, [],
        [new ModelExport("reorder", "product_id,reorder_point", "reorder points", (_, _, _) => Task.FromResult(0), Input: new ExportInput("stock", "Stock CSV"))],
        [], new FeatureNavigation("reorder", "Reorder", "Inventory", 5));

    private sealed class LoyaltyStep : ITrainingStep
    {
        public string Name => "loyalty";

        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct) =>
            Task.FromResult("Loyalty: 1 customer.");
    }
}
