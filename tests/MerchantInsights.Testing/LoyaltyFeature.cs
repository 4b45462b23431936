using MerchantInsights.Data.Demand;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Testing;

/// <summary>
/// A made-up feature that exists only in tests. <see cref="Register"/> is the one line a real feature adds to
/// <c>AddJobs</c>; the Jobs, CLI and bUnit tests show that with it alone the feature is trained, titled, exported and
/// listed in the menu (docs/decisions/0008).
/// </summary>
public static class LoyaltyFeature
{
    /// <summary>Loyalty points: a step, one model kind, an export keeping the top k customers (3 unless asked, at most 9),
    /// the alias "points" and a menu entry at order 28 (between stock, 25, and recommendations, 30).</summary>
    public static ModelFeature Descriptor { get; } = new(
        Name: "loyalty",
        Noun: "loyalty points",
        Step: typeof(LoyaltyStep),
        ModelKinds: ["loyalty"],
        Exports: [new ModelExport("loyalty", "customer_id,points", "loyalty points", WriteAsync, new PicksOption(3, 9, "customers"))],
        Aliases: ["points"],
        Navigation: new FeatureNavigation("loyalty", "Loyalty points", "Loyalty", 28));

    /// <summary>What the step says when it has run.</summary>
    public const string StepResult = "Loyalty: 1 customer.";

    /// <summary>The registration line.</summary>
    public static void Register(IServiceCollection services) => services.AddModelFeature(Descriptor);

    /// <summary>A feature without training: a page and an export that read a file besides the models (the real one is stock's reorder).</summary>
    public static ModelFeature Restock { get; } = new("restock", "restock dates", null, [],
        [new ModelExport("restock", "product_id,restock_date", "restock dates", (_, _, _) => Task.FromResult(0),
            Input: new ExportInput("deliveries", "Deliveries CSV"))],
        [], new FeatureNavigation("restock", "Restock", "Inventory", 5));

    /// <summary>The header, then k customers C-1 … C-k with 120 points each.</summary>
    private static async Task<int> WriteAsync(IServiceProvider services, ExportRequest request, CancellationToken ct)
    {
        await request.Writer.WriteLineAsync(request.Export.Header.AsMemory(), ct);
        for (var i = 1; i <= request.K; i++)
            await request.Writer.WriteLineAsync($"C-{i},120".AsMemory(), ct);
        return request.K;
    }

    private sealed class LoyaltyStep : ITrainingStep
    {
        public string Name => "loyalty";

        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct) =>
            Task.FromResult(StepResult);
    }
}
