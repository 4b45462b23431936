using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Tests.Features;

public sealed class ModelFeaturesTests
{
    private static ModelFeatures Registry(Action<IServiceCollection>? extra = null) => FeatureRegistry.Build(extra);

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

    /// <summary>The CLI contract, one export at a time: a new feature adds exports without editing this list.</summary>
    [Theory]
    [InlineData("forecasts", "product_id,date,forecast,lower,upper")]
    [InlineData("prices", "product_id,current_price,unit_cost,elasticity,elasticity_low,elasticity_high,suggested_price,expected_units,expected_profit,verdict")]
    [InlineData("recommendations", "customer_id,rank,product_id,score")]
    [InlineData("together", "product_id,rank,other_product_id,support,confidence,lift")]
    [InlineData("segments", "customer_id,recency_days,frequency,monetary,segment,p_active,predicted_value_90d")]
    [InlineData("reorder", "product_id,on_hand,daily_demand,days_of_cover,stockout_date,reorder_point,order_qty")]
    [InlineData("anomalies", "date,product_id,order_id,kind,value,expected,reason")]
    public void Each_export_of_the_cli_contract_exists_with_its_exact_header(string name, string header)
    {
        var export = Registry().FindExport(name);
        Assert.NotNull(export);
        Assert.Equal(header, export.Header);
    }

    /// <summary>`train --what` names and the aliases users type, one at a time; unknown words come back as typed.</summary>
    [Theory]
    [InlineData("forecast", "forecast")]
    [InlineData("Forecasts", "forecast")]
    [InlineData("pricing", "pricing")]
    [InlineData("prices", "pricing")]
    [InlineData("price", "pricing")]
    [InlineData("recommendations", "recommendations")]
    [InlineData("recs", "recommendations")]
    [InlineData("customers", "customers")]
    [InlineData("segments", "customers")]
    [InlineData("rfm", "customers")]
    [InlineData("alerts", "alerts")]
    [InlineData("anomalies", "alerts")]
    [InlineData("weather", "weather")]
    public void Each_training_step_of_the_cli_contract_answers_to_its_name_and_aliases(string typed, string step)
    {
        var features = Registry();
        Assert.Equal(step, features.StepName(typed));
        if (step != "weather") Assert.True(features.Find(step)!.Trains, step);
    }

    [Fact]
    public void Features_train_and_export_in_registration_order_with_forecasts_first_and_the_menu_follows_its_order()
    {
        var features = Registry();
        // The built-in relative orders (a new feature may stand anywhere between them).
        AssertInOrder(["forecast", "pricing", "recommendations", "customers", "alerts"], features.Trained.Select(f => f.Name));
        Assert.Equal("forecast", features.Trained[0].Name); // the others read its forecasts or its cleaned demand
        AssertInOrder(["forecasts", "prices", "recommendations", "together", "segments", "reorder", "anomalies"], features.Exports.Select(e => e.Name));
        AssertInOrder(["forecast", "pricing", "stock", "recommendations", "alerts", "customers"], features.Navigation.Select(n => n.Href));

        Assert.Equal(features.All.Where(f => f.Trains), features.Trained);
        Assert.Equal(features.All.SelectMany(f => f.Exports), features.Exports);
        Assert.Equal(features.Navigation.OrderBy(n => n.Order), features.Navigation);
        Assert.Equal(features.All.Count(f => f.Navigation is not null), features.Navigation.Count);
    }

    [Fact]
    public void The_training_title_names_every_trained_feature_in_order_and_a_choice_by_its_steps()
    {
        var features = Registry();
        Assert.Equal("Train " + Phrase.List(features.Trained.Select(f => f.Noun), "and"), features.TrainingTitle([]));
        Assert.StartsWith("Train forecasts, prices, recommendations, ", features.TrainingTitle([]));
        AssertInOrder(["forecasts", "prices", "recommendations", "customer segments", "alerts"], features.Trained.Select(f => f.Noun));
        Assert.Equal("Train pricing, customers", features.TrainingTitle(["pricing", "customers"]));
        Assert.Equal(["", "a", "a and b", "a, b and c"], new[] { Array.Empty<string>(), ["a"], ["a", "b"], ["a", "b", "c"] }.Select(l => Phrase.List(l, "and")));
    }

    /// <summary>Every one of <paramref name="expected"/> is in <paramref name="actual"/>, in that order (others may stand between).</summary>
    private static void AssertInOrder(IReadOnlyList<string> expected, IEnumerable<string> actual)
    {
        var list = actual.ToList();
        var at = expected.Select(e => list.IndexOf(e)).ToList();
        Assert.All(expected.Zip(at), p => Assert.True(p.Second >= 0, $"{p.First} is missing from {string.Join(", ", list)}"));
        Assert.True(at.SequenceEqual(at.Order()), $"expected {string.Join(", ", expected)} in that order within {string.Join(", ", list)}");
    }

    [Fact]
    public async Task Each_feature_step_answers_to_the_feature_name()
    {
        await using var shop = await Shop();
        var steps = shop.Get<IEnumerable<ITrainingStep>>().Select(s => s.Name);
        Assert.Equal(shop.Get<ModelFeatures>().Trained.Select(f => f.Name), steps);
    }

    /// <summary>Issue 13's "done when": one registration line, and the feature is trained, titled, exported and listed.</summary>
    [Fact]
    public async Task A_registered_feature_is_trained_titled_exported_and_listed_without_other_changes()
    {
        var before = Registry();
        await using var shop = await Shop(LoyaltyFeature.Register);
        var features = shop.Get<ModelFeatures>();

        Assert.Equal("Train " + Phrase.List([.. before.Trained.Select(f => f.Noun), "loyalty points"], "and"), features.TrainingTitle([]));
        Assert.EndsWith(", alerts and loyalty points", features.TrainingTitle([]));
        Assert.Equal("loyalty", features.StepName("Points"));
        Assert.Equal([.. before.Navigation.Where(n => n.Order <= 28), LoyaltyFeature.Descriptor.Navigation!, .. before.Navigation.Where(n => n.Order > 28)],
            features.Navigation);
        Assert.Contains("loyalty", shop.Get<ModelExports>().Kinds);

        var job = await shop.Get<TrainingService>().TrainNowAsync(new TrainingRequest(["loyalty"]), null, CancellationToken.None);
        Assert.Equal(JobStatus.Succeeded, job.Status);
        Assert.Contains(LoyaltyFeature.StepResult, job.ResultJson);

        using var csv = new StringWriter();
        Assert.Equal(3, await shop.Get<ModelExports>().WriteAsync("loyalty", csv, null, CancellationToken.None));
        Assert.Equal("customer_id,points\nC-1,120\nC-2,120\nC-3,120\n", csv.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_feature_without_training_has_a_page_and_an_export_that_asks_for_its_input()
    {
        await using var shop = await Shop(s => s.AddModelFeature(LoyaltyFeature.Restock));
        var features = shop.Get<ModelFeatures>();

        Assert.DoesNotContain(features.Trained, f => f.Name is "restock" or "stock");
        Assert.Equal(Registry().TrainingTitle([]), features.TrainingTitle([]));
        Assert.Equal("restock", features.Navigation[0].Href); // order 5 comes before every built-in entry
        Assert.All(features.Navigation.Skip(1), n => Assert.True(n.Order > 5, n.Href));
        var e = await Assert.ThrowsAsync<ArgumentException>(() => shop.Get<ModelExports>().WriteAsync("restock", TextWriter.Null, null, CancellationToken.None));
        Assert.Equal("The restock export needs --deliveries.", e.Message);
        e = await Assert.ThrowsAsync<ArgumentException>(() => shop.Get<ModelExports>().WriteAsync("reorder", TextWriter.Null, null, CancellationToken.None));
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
        var plain = new ModelFeature("plain", "plain rows", null, [],
            [LoyaltyFeature.Descriptor.Exports[0] with { Name = "plain", Picks = null }], [], null);
        await using var shop = await Shop(s => s.AddModelFeature(LoyaltyFeature.Descriptor).AddModelFeature(plain));
        var exports = shop.Get<ModelExports>();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => exports.WriteAsync("together", TextWriter.Null, 51, CancellationToken.None));
        Assert.Equal("--k must be between 1 and 50, not 51.", e.Message);
        e = await Assert.ThrowsAsync<ArgumentException>(() => exports.WriteAsync("loyalty", TextWriter.Null, 10, CancellationToken.None));
        Assert.Equal("--k must be between 1 and 9, not 10.", e.Message);
        Assert.Equal(0, await exports.WriteAsync("plain", TextWriter.Null, 0, CancellationToken.None));
    }

    [Fact]
    public async Task An_export_before_training_names_what_is_missing()
    {
        await using var shop = await Shop();
        var e = await Assert.ThrowsAsync<ModelNotTrainedException>(() => shop.Get<ModelExports>().WriteAsync("prices", TextWriter.Null, null, CancellationToken.None));
        Assert.StartsWith("There are no price suggestions yet", e.Message);
    }
}
