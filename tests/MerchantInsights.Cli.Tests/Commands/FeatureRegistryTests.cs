using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Tests.Support;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>A model feature registered only here shows up in `train` and `export` without any change to the commands.</summary>
public sealed class FeatureRegistryTests : IAsyncLifetime
{
    private readonly TempShop _shop = new();
    private string Db => Path.Combine(_shop.Folder, "cli.db");

    public Task InitializeAsync() => _shop.InitializeAsync();
    public Task DisposeAsync() => _shop.DisposeAsync();

    private static readonly ModelFeature Segments = new("segments", "customer segments", typeof(SegmentsStep), ["segments"],
        [new ModelExport("segments", "customer_id,segment", "customer segments", async (_, request, ct) =>
        {
            await request.Writer.WriteLineAsync(request.Export.Header.AsMemory(), ct);
            await request.Writer.WriteLineAsync($"C-1,k={request.K}".AsMemory(), ct);
            return 1;
        }, new PicksOption(3, 9, "segments per customer"))],
        ["segment"], null);

    private static void Register(IServiceCollection services) => services.AddModelFeature(Segments);

    private sealed class SegmentsStep : ITrainingStep
    {
        public string Name => "segments";

        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct) =>
            Task.FromResult("Segments: made up.");
    }

    [Fact]
    public async Task Train_help_lists_the_registered_steps_and_what_accepts_their_aliases()
    {
        var help = await CliRun.RunWithAsync(Register, "train", "--help");
        Assert.Contains("forecast, pricing, recommendations, alerts, segments", help.Out);
        Assert.Contains("Train forecasts, prices, recommendations, alerts and customer segments", help.Out);

        var train = await CliRun.RunWithAsync(Register, "train", "--db", Db, "--what", "Segment");
        Assert.Equal(0, train.Exit);
        Assert.Contains("Segments: made up.", train.Out);
        Assert.DoesNotContain("Forecasts:", train.Out);
    }

    [Fact]
    public async Task Export_accepts_a_registered_export_with_its_own_k()
    {
        var output = Path.Combine(_shop.Folder, "segments.csv");
        var export = await CliRun.RunWithAsync(Register, "export", "segments", "--db", Db, "--out", output);
        Assert.Equal(0, export.Exit);
        Assert.Equal(["customer_id,segment", "C-1,k=3"], await File.ReadAllLinesAsync(output));

        var tooMany = await CliRun.RunWithAsync(Register, "export", "segments", "--db", Db, "--out", output, "--k", "10");
        Assert.Equal(1, tooMany.Exit);
        Assert.Contains("--k must be between 1 and 9, not 10.", tooMany.Err);
    }

    [Fact]
    public async Task Without_the_registration_the_export_is_not_offered()
    {
        var export = await CliRun.RunAsync("export", "segments", "--db", Db, "--out", Path.Combine(_shop.Folder, "x.csv"));
        Assert.NotEqual(0, export.Exit);
        Assert.Contains("segments", export.Err);
        Assert.False(File.Exists(Db), "the export was refused before opening the shop");
    }
}
