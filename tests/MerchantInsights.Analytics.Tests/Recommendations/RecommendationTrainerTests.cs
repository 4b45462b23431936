using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class RecommendationTrainerTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    /// <summary>Customers who re-buy a favourite every ~2 weeks and now and then try a random product, over a year.</summary>
    private static List<PurchaseLine> LoyalShop(int seed)
    {
        var rng = new Random(seed);
        var lines = new List<PurchaseLine>();
        var order = 0;
        for (var c = 0; c < 120; c++)
        {
            var favourite = $"F{c % 8}";
            for (var d = rng.Next(14); d < 365; d += 10 + rng.Next(8))
            {
                var id = $"O{order++}";
                lines.Add(new PurchaseLine(id, $"C{c}", favourite, Start.AddDays(d), 1));
                if (rng.NextDouble() < 0.3) lines.Add(new PurchaseLine(id, $"C{c}", $"R{rng.Next(20)}", Start.AddDays(d), 1));
            }
        }
        lines.Add(new PurchaseLine("OLD", "C0", "GONE", Start, 5)); // sold once, a year ago: no longer sold
        return lines;
    }

    [Fact]
    public void Buy_again_ranks_a_customers_staple_first_and_wins_on_a_loyal_shop()
    {
        var model = RecommendationTrainer.Train(LoyalShop(1), new RecommendationOptions());
        var picks = model.For("C3", 10);
        Assert.Equal("F3", picks[0].ProductId);
        Assert.Contains("you buy this regularly", picks[0].Reason);
        var popularity = model.Evaluations.Single(e => e.Model == "Popularity");
        var chosen = model.Evaluations.Single(e => e.Model == model.ChosenModel);
        Assert.True(chosen.Ndcg10 >= model.Evaluations.Max(e => e.Ndcg10) - 1e-12);
        Assert.True(chosen.HitRate10 > popularity.HitRate10);
        Assert.Contains("NDCG@10", model.WhyChosen);
    }

    [Fact]
    public void Products_no_longer_sold_are_never_recommended_and_every_customer_gets_k_picks()
    {
        var model = RecommendationTrainer.Train(LoyalShop(2), new RecommendationOptions());
        var all = model.ForAll(5);
        Assert.DoesNotContain(all, p => p.ProductId == "GONE");
        Assert.Equal(120 * 5, all.Count);
        Assert.All(all.GroupBy(p => p.CustomerId), g => Assert.Equal([1, 2, 3, 4, 5], g.Select(p => p.Rank)));
        Assert.Equal(all.Select(p => p.CustomerId).Order(StringComparer.Ordinal), all.Select(p => p.CustomerId));
        Assert.All(model.For("stranger", 3), p => Assert.StartsWith("popular", p.Reason));
    }

    [Fact]
    public void The_hold_out_only_learns_from_days_before_it()
    {
        var lines = LoyalShop(3);
        var last = lines.Max(l => l.Day);
        var data = Interactions.Build(lines, Index(lines, out var names), names, last.AddDays(-27), new RecommendationOptions());
        Assert.All(data.History.SelectMany(h => h.Values.SelectMany(d => d)), d => Assert.True(d < last.AddDays(-27).DayNumber));
    }

    [Fact]
    public void Ease_weights_match_the_closed_form_on_a_tiny_matrix()
    {
        // Three customers: {A,B}, {A,B,C}, {B,C}. G = XᵀX; P = (G + λI)⁻¹; B = I − P·diag(1/diag P).
        var lines = new List<PurchaseLine>
        {
            new("1", "u1", "A", Start, 1), new("1", "u1", "B", Start, 1),
            new("2", "u2", "A", Start, 1), new("2", "u2", "B", Start, 1), new("2", "u2", "C", Start, 1),
            new("3", "u3", "B", Start, 1), new("3", "u3", "C", Start, 1),
        };
        var data = Interactions.Build(lines, Index(lines, out var names), names, Start.AddDays(1), new RecommendationOptions());
        var ease = new EaseScorer(data, new CoOccurrence(data, 10), 10, lambda: 1);
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1, 0 }, { 1, 1, 1 }, { 0, 1, 1 } });
        var p = (x.TransposeThisAndMultiply(x) + Matrix<double>.Build.DenseIdentity(3)).Inverse();
        var b = Matrix<double>.Build.Dense(3, 3, (i, j) => i == j ? 0 : -p[i, j] / p[j, j]);
        var scores = new double[3];
        ease.Score(data.UserIndex["u1"], scores); // u1 bought A and B: scores = B[A,·] + B[B,·]
        for (var j = 0; j < 3; j++) Assert.Equal(b[0, j] + b[1, j], scores[Array.IndexOf(names, new[] { "A", "B", "C" }[j])], 9);
    }

    [Fact]
    public void Hit_rate_and_ndcg_are_computed_as_defined()
    {
        // One test customer who bought T; the scorer ranks T third: HR = 1, NDCG = 1/log2(4) = 0.5.
        var lines = new List<PurchaseLine> { new("1", "u", "A", Start, 1), new("2", "v", "B", Start, 1), new("3", "w", "T", Start, 1) };
        var data = Interactions.Build(lines, Index(lines, out var names), names, Start.AddDays(1), new RecommendationOptions());
        var targets = new Dictionary<int, HashSet<int>> { [data.UserIndex["u"]] = [Array.IndexOf(names, "T")] };
        var evaluation = OfflineEvaluation.Evaluate(new FixedScorer(data, names, ["A", "B", "T"]), data, targets);
        Assert.Equal(1, evaluation.HitRate10);
        Assert.Equal(0.5, evaluation.Ndcg10, 12);
        Assert.Equal(1, evaluation.Coverage);
    }

    [Fact]
    public void Picks_survive_a_json_round_trip()
    {
        var pick = RecommendationTrainer.Train(LoyalShop(4), new RecommendationOptions()).For("C1", 1)[0];
        Assert.Equal(pick, JsonSerializer.Deserialize<CustomerPick>(JsonSerializer.Serialize(pick)));
    }

    private static Dictionary<string, int> Index(List<PurchaseLine> lines, out string[] names)
    {
        var index = new Dictionary<string, int>();
        foreach (var l in lines) index.TryAdd(l.ProductId, index.Count);
        names = index.OrderBy(i => i.Value).Select(i => i.Key).ToArray();
        return index;
    }

    private sealed class FixedScorer(Interactions data, string[] names, string[] order) : Scorer(data)
    {
        public override string Name => "fixed";
        public override void Score(int user, double[] scores)
        {
            for (var r = 0; r < order.Length; r++) scores[Array.IndexOf(names, order[r])] = order.Length - r;
        }
        public override string Reason(int user, int item) => "";
    }
}
