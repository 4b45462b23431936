using MerchantInsights.Testing;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>A model feature registered only here shows up in `train` and `export` without any change to the commands.</summary>
public sealed class FeatureRegistryTests : ShopTests
{
    private string Db => Path.Combine(Shop.Folder, "cli.db");

    [Fact]
    public async Task Train_help_lists_the_registered_steps_and_what_accepts_their_aliases()
    {
        var help = await CliRun.RunWithAsync(LoyaltyFeature.Register, "train", "--help");
        var features = FeatureRegistry.Build(LoyaltyFeature.Register);
        Assert.Contains(string.Join(", ", FeatureRegistry.Build().Trained.Select(f => f.Name).Append("loyalty")), help.Out);
        Assert.Contains(features.TrainingTitle([]), help.Out);
        Assert.EndsWith(" and loyalty points", features.TrainingTitle([]));

        var train = await CliRun.RunWithAsync(LoyaltyFeature.Register, "train", "--db", Db, "--what", "Points");
        Assert.Equal(0, train.Exit);
        Assert.Contains(LoyaltyFeature.StepResult, train.Out);
        Assert.DoesNotContain("Forecasts:", train.Out);
    }

    [Fact]
    public async Task Export_accepts_a_registered_export_with_its_own_k()
    {
        var output = Path.Combine(Shop.Folder, "loyalty.csv");
        var export = await CliRun.RunWithAsync(LoyaltyFeature.Register, "export", "loyalty", "--db", Db, "--out", output);
        Assert.Equal(0, export.Exit);
        Assert.Equal(["customer_id,points", "C-1,120", "C-2,120", "C-3,120"], await File.ReadAllLinesAsync(output));

        var two = await CliRun.RunWithAsync(LoyaltyFeature.Register, "export", "loyalty", "--db", Db, "--out", output, "--k", "2");
        Assert.Equal(0, two.Exit);
        Assert.Equal(["customer_id,points", "C-1,120", "C-2,120"], await File.ReadAllLinesAsync(output));

        var tooMany = await CliRun.RunWithAsync(LoyaltyFeature.Register, "export", "loyalty", "--db", Db, "--out", output, "--k", "10");
        Assert.Equal(1, tooMany.Exit);
        Assert.Contains("--k must be between 1 and 9, not 10.", tooMany.Err);
    }

    [Fact]
    public async Task Without_the_registration_the_export_is_not_offered()
    {
        var export = await CliRun.RunAsync("export", "loyalty", "--db", Db, "--out", Path.Combine(Shop.Folder, "x.csv"));
        Assert.NotEqual(0, export.Exit);
        Assert.Contains("loyalty", export.Err);
        Assert.False(File.Exists(Db), "the export was refused before opening the shop");
    }
}
