using MerchantInsights.Data.Demand;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Tests.Features;

/// <summary>A made-up feature registered only in tests: proves a new feature needs nothing but its registration.</summary>
public static class SegmentsFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "segments",
        Noun: "customer segments",
        Step: typeof(SegmentsStep),
        ModelKinds: ["segments"],
        Exports: [new ModelExport("segments", "customer_id,segment", "customer segments",
            async (_, request, ct) =>
            {
                await request.Writer.WriteLineAsync(request.Export.Header.AsMemory(), ct);
                await request.Writer.WriteLineAsync("C-1,loyal".AsMemory(), ct);
                return 1;
            })],
        Aliases: ["segment"],
        Navigation: new FeatureNavigation("segments", "Customer segments", "Groups", 40));

    /// <summary>A feature without training: a page and an export that read a stock file besides the models.</summary>
    public static ModelFeature Reorder { get; } = new("reorder", "reorder points", null, [],
        [new ModelExport("reorder", "product_id,reorder_point", "reorder points", (_, _, _) => Task.FromResult(0), Input: new ExportInput("stock", "Stock CSV"))],
        [], new FeatureNavigation("reorder", "Reorder", "Inventory", 5));

    private sealed class SegmentsStep : ITrainingStep
    {
        public string Name => "segments";

        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct) =>
            Task.FromResult("Segments: 1 customer.");
    }
}
