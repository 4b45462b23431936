using System.Text.Json;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class RecommendationTrainerTests
{
    [Fact]
    public void Buy_again_ranks_the_repeatedly_bought_product_first()
    {
        var shop = new ShopBuilder();
        for (var week = 0; week < 8; week++) shop.Order("ann", 7 * week, "MILK");
        shop.Order("ann", 20, "CANDLE").Order("bob", 50, "BREAD");
        var history = PurchaseHistory.From(shop.Lines);
        var snapshot = ShopSnapshot.Build(history, history.LastDay + 1, new RecommendationOptions());

        var picks = new TopPicks(snapshot).Select(new BuyAgainModel(snapshot, 60), Array.IndexOf(history.CustomerIds, "ann"), 3);

        Assert.Equal(["MILK", "CANDLE", "BREAD"], picks.Select(p => history.ProductIds[p.Item]));
        Assert.Equal([PickReason.Regular, PickReason.Regular, PickReason.Popular], picks.Select(p => p.Reason));
    }

    [Fact]
    public void Inactive_products_are_never_recommended_by_any_candidate()
    {
        var lines = Segments(seed: 1).ToList();
        for (var c = 0; c < 60; c++) lines.Add(new PurchaseLine($"old{c}", $"c{c:D3}", "GONE", ShopBuilder.Day0, 5));
        var history = PurchaseHistory.From(lines);
        var options = new RecommendationOptions { InactiveAfterDays = 60 };
        var snapshot = ShopSnapshot.Build(history, history.LastDay + 1, options);
        var factory = new CandidateFactory(snapshot, options, CancellationToken.None);
        var settings = new TunedSettings(60, 10, EaseModel.ModelName, 0.5, 0.1, 0);
        var gone = Array.IndexOf(history.ProductIds, "GONE");

        foreach (var name in CandidateFactory.Names)
        {
            var picks = new TopPicks(snapshot);
            for (var user = 0; user < snapshot.CustomerCount; user++)
                Assert.DoesNotContain(picks.Select(factory.Create(name, settings), user, 10), p => p.Item == gone);
        }
        var model = RecommendationTrainer.Train(lines, options);
        Assert.DoesNotContain(model.ForAll(10), p => p.ProductId == "GONE");
    }

    [Fact]
    public void Training_evaluates_every_candidate_and_serves_everyone_in_order()
    {
        var model = RecommendationTrainer.Train(Segments(seed: 2).ToList(), new RecommendationOptions());

        Assert.Equal(["popularity", "buy-again", "item-knn", "ease", "blend"], model.Evaluations.Select(e => e.Model));
        Assert.All(model.Evaluations, e => Assert.InRange(e.Ndcg10, 0, 1));
        Assert.Contains(model.ChosenModel, model.Evaluations.Select(e => e.Model));
        Assert.Equal(model.Evaluations.Max(e => e.Ndcg10), model.Evaluations.Single(e => e.Model == model.ChosenModel).Ndcg10);
        Assert.False(string.IsNullOrWhiteSpace(model.WhyChosen));
        var all = model.ForAll(5);
        Assert.Equal(80 * 5, all.Count);
        Assert.Equal(all.OrderBy(p => p.CustomerId, StringComparer.Ordinal).ThenBy(p => p.Rank), all);
        Assert.All(all, p => Assert.Matches("^(because you bought S\\d+P\\d+|you buy this regularly|popular right now)$", p.Reason));
        Assert.Equal(model.For("c007", 5), all.Where(p => p.CustomerId == "c007"));
        Assert.All(model.For("stranger", 3), p => Assert.Equal("popular right now", p.Reason));
    }

    [Fact]
    public void An_empty_history_gives_popularity_and_no_picks()
    {
        var model = RecommendationTrainer.Train([], new RecommendationOptions());

        Assert.Equal("popularity", model.ChosenModel);
        Assert.Empty(model.Evaluations);
        Assert.Empty(model.ForAll(10));
        Assert.Empty(model.For("anyone", 10));
        Assert.Empty(FrequentlyBoughtTogether.Compute([], new TogetherOptions()));
    }

    [Fact]
    public void Pick_round_trips_through_json()
    {
        var pick = new CustomerPick("c1", 2, "P9", 0.75, "because you bought P3");

        Assert.Equal(pick, JsonSerializer.Deserialize<CustomerPick>(JsonSerializer.Serialize(pick)));
    }

    /// <summary>80 customers in 4 taste segments, weekly orders over 150 days: each buys 2 staples and a random segment product.</summary>
    private static IEnumerable<PurchaseLine> Segments(int seed)
    {
        var random = new Random(seed);
        for (var c = 0; c < 80; c++)
        {
            var segment = c % 4;
            var staples = new[] { random.Next(8), random.Next(8) };
            for (var day = c % 7; day < 150; day += 7)
            {
                var order = $"o{c}-{day}";
                var customer = $"c{c:D3}";
                foreach (var s in staples.Distinct()) yield return Line(order, customer, segment, s, day);
                yield return Line(order, customer, segment, random.Next(8), day);
            }
        }
    }

    private static PurchaseLine Line(string order, string customer, int segment, int product, int day) =>
        new(order, customer, $"S{segment}P{product}", ShopBuilder.Day0.AddDays(day + 10), 1);
}
