using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Tests.Support;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Tests.Features;

public sealed class ModelFeaturesTests
{
    private static ModelFeatures Registry(Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        services.AddJobs(withWorker: false);
        extra?.Invoke(services);
        return services.BuildServiceProvider().GetRequiredService<ModelFeatures>();
    }

    /// <summary>JobsShop is an xUnit lifetime, not IAsyncDisposable: this wraps it for `await using`.</summary>
    private static async Task<Disposing> Shop(Action<IServiceCollection>? extra = null)
    {
        var shop = new JobsShop(extra);
        await shop.InitializeAsync();
        return new Disposing(shop);
    }

    private sealed class Disposing(JobsShop shop) : IAsyncDisposable
    {
        public T Get<T>() where T : notnull => shop.Get<T>();
        public ValueTask DisposeAsync() => new(shop.DisposeAsync());
    }

    [Fact]
    public void The_built_in_features_keep_the_names_of_the_cli_contract()
    {
        var features = Registry();
        Assert.Equal(["forecast", "pricing", "recommendations", "customers"], features.Trained.Select(f => f.Name));
        Assert.Equal(["forecasts", "prices", "recommendations", "together", "segments"], features.Exports.Select(e => e.Name));
        Assert.Equal("Train forecasts, prices, recommendations and customer segments", features.TrainingTitle([]));
        Assert.Equal(["forecast", "pricing", "recommendations", "customers"], features.Navigation.Select(n => n.Href));
        Assert.Equal(["forecast", "pricing", "pricing", "recommendations", "customers", "weather"],
            new[] { "Forecasts", "prices", "price", "recs", "segments", "weather" }.Select(features.StepName));
    }

    [Fact]
    public async Task Each_feature_step_answers_to_the_feature_name()
    {
        await using var shop = await Shop();
        var steps = shop.Get<IEnumerable<ITrainingStep>>().Select(s => s.Name);
        Assert.Equal(shop.Get<ModelFeatures>().Trained.Select(f => f.Name), steps);
    }

    [Fact]
    public async Task A_registered_feature_is_trained_titled_exported_and_listed_without_other_changes()
    {
        await using var shop = await Shop(s => s.AddModelFeature(LoyaltyFeature.Descriptor));
        var features = shop.Get<ModelFeatures>();

        Assert.Equal("Train forecasts, prices, recommendations, customer segments and loyalty points", features.TrainingTitle([]));
        Assert.Equal("loyalty", features.StepName("Points"));
        Assert.Equal("Loyalty points", features.Navigation[^1].Title);
        Assert.Contains("loyalty", shop.Get<ModelExports>().Kinds);

        var job = await shop.Get<TrainingService>().TrainNowAsync(new TrainingRequest(["loyalty"]), null, CancellationToken.None);
        Assert.Equal(JobStatus.Succeeded, job.Status);
        Assert.Contains("Loyalty: 1 customer.", job.ResultJson);

        using var csv = new StringWriter();
        Assert.Equal(1, await shop.Get<ModelExports>().WriteAsync("loyalty", csv, null, CancellationToken.None));
        Assert.Equal("customer_id,points\nC-1,120\n", csv.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_feature_without_training_has_a_page_and_an_export_that_asks_for_its_input()
    {
        await using var shop = await Shop(s => s.AddModelFeature(LoyaltyFeature.Reorder));
        var features = shop.Get<ModelFeatures>();

        Assert.DoesNotContain(features.Trained, f => f.Name == "reorder");
        Assert.Equal("Train forecasts, prices, recommendations and customer segments", features.TrainingTitle([]));
        Assert.Equal("reorder", features.Navigation[0].Href); // order 5 comes before the built-in 10, 20, 30
        var e = await Assert.ThrowsAsync<ArgumentException>(() => shop.Get<ModelExports>().WriteAsync("reorder", TextWriter.Null, null, CancellationToken.None));
        Assert.Equal("The reorder export needs --stock.", e.Message);
    }

    [Fact]
    public void Two_features_answering_to_one_name_are_refused()
    {
        var twin = LoyaltyFeature.Descriptor with { Name = "weather", Aliases = ["prices"], Exports = [] };
        var e = Assert.Throws<InvalidOperationException>(() => Registry(s => s.AddModelFeature(twin)));
        Assert.Equal("Two model features are both called 'prices'.", e.Message);
    }

    [Fact]
    public async Task A_k_outside_the_kept_picks_is_refused_and_exports_without_k_ignore_it()
    {
        await using var shop = await Shop(s => s.AddModelFeature(LoyaltyFeature.Descriptor));
        var exports = shop.Get<ModelExports>();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => exports.WriteAsync("together", TextWriter.Null, 51, CancellationToken.None));
        Assert.Equal("--k must be between 1 and 50, not 51.", e.Message);
        Assert.Equal(1, await exports.WriteAsync("loyalty", TextWriter.Null, 0, CancellationToken.None));
    }

    [Fact]
    public async Task An_export_before_training_names_what_is_missing()
    {
        await using var shop = await Shop();
        var e = await Assert.ThrowsAsync<ModelNotTrainedException>(() => shop.Get<ModelExports>().WriteAsync("prices", TextWriter.Null, null, CancellationToken.None));
        Assert.StartsWith("There are no price suggestions yet", e.Message);
    }
}
