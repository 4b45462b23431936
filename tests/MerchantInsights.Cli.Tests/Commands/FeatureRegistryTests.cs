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

    private static readonly ModelFeature Loyalty = new("loyalty", "loyalty points", typeof(LoyaltyStep), ["loyalty"],
        [new ModelExport("loyalty", "customer_id,points", "loyalty points", async (_, request, ct) =>
        {
            await request.Writer.WriteLineAsync(request.Export.Header.AsMemory(), ct);
            await request.Writer.WriteLineAsync($"C-1,k={request.K}".AsMemory(), ct);
            return 1;
        }, new PicksOption(3, 9, "points per customer"))],
        ["points"], null);

    private static void Register(IServiceCollection services) => services.AddModelFeature(Loyalty);

    private sealed class LoyaltyStep : ITrainingStep
    {
        public string Name => "loyalty";

        public Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct) =>
            Task.FromResult("Loyalty: made up.");
    }

    [Fact]
    public async Task Train_help_lists_the_registered_steps_and_what_accepts_their_aliases()
    {
        var help = await CliRun.RunWithAsync(Register, "train", "--help");
        Assert.Contains("forecast, pricing, recommendations, customers, loyalty", help.Out);
        Assert.Contains("Train forecasts, prices, recommendations, customer segments and loyalty points", help.Out);

        var train = await CliRun.RunWithAsync(Register, "train", "--db", Db, "--what", "Points");
        Assert.Equal(0, train.Exit);
        Assert.Contains("Loyalty: made up.", train.Out);
        Assert.DoesNotContain("Forecasts:", train.Out);
    }

    [Fact]
    public async Task Export_accepts_a_registered_export_with_its_own_k()
    {
        var output = Path.Combine(_shop.Folder, "loyalty.csv");
        var export = await CliRun.RunWithAsync(Register, "export", "loyalty", "--db", Db, "--out", output);
        Assert.Equal(0, export.Exit);
        Assert.Equal(["customer_id,points", "C-1,k=3"], await File.ReadAllLinesAsync(output));

        var tooMany = await CliRun.RunWithAsync(Register, "export", "loyalty", "--db", Db, "--out", output, "--k", "10");
        Assert.Equal(1, tooMany.Exit);
        Assert.Contains("--k must be between 1 and 9, not 10.", tooMany.Err);
    }

    [Fact]
    public async Task Without_the_registration_the_export_is_not_offered()
    {
        var export = await CliRun.RunAsync("export", "loyalty", "--db", Db, "--out", Path.Combine(_shop.Folder, "x.csv"));
        Assert.NotEqual(0, export.Exit);
        Assert.Contains("loyalty", export.Err);
        Assert.False(File.Exists(Db), "the export was refused before opening the shop");
    }
}
