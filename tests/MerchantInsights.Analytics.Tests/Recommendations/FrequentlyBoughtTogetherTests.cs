using System.Text.Json;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class FrequentlyBoughtTogetherTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    /// <summary>400 orders of random singles from 30 products; A's buyers add B 40% of the time.</summary>
    private static List<PurchaseLine> Shop(int seed, bool plant = true)
    {
        var rng = new Random(seed);
        var lines = new List<PurchaseLine>();
        for (var o = 0; o < 400; o++)
        {
            var order = $"O{o}";
            var first = rng.NextDouble() < 0.1 ? "P1" : $"P{rng.Next(30)}";
            lines.Add(new PurchaseLine(order, $"C{o % 50}", first, Day, 1));
            if (plant && first == "P1" && rng.NextDouble() < 0.4) lines.Add(new PurchaseLine(order, $"C{o % 50}", "P2", Day, 1));
            if (rng.NextDouble() < 0.3) lines.Add(new PurchaseLine(order, $"C{o % 50}", $"P{rng.Next(30)}", Day, 1));
        }
        return lines;
    }

    [Fact]
    public void A_planted_pair_is_found_and_its_partner_ranked_first_both_ways()
    {
        var pairs = FrequentlyBoughtTogether.Compute(Shop(1), new TogetherOptions());
        var p1 = pairs.Where(p => p.ProductId == "P1").ToList();
        Assert.Equal("P2", p1[0].OtherProductId);
        Assert.Equal(1, p1[0].Rank);
        Assert.Contains(pairs, p => p.ProductId == "P2" && p.OtherProductId == "P1" && p.Rank == 1);
        Assert.True(p1[0].Lift > 3);
        Assert.Contains("bought together in", p1[0].Evidence);
        Assert.Equal(p1[0].SupportOrders / 400.0, p1[0].Support, 9);
    }

    [Fact]
    public void Coincidence_makes_no_pairs()
    {
        Assert.Empty(FrequentlyBoughtTogether.Compute(Shop(2, plant: false), new TogetherOptions()));
    }

    [Fact]
    public void A_single_shared_order_is_not_a_pair_even_with_a_huge_lift()
    {
        List<PurchaseLine> lines = [new("X", "C1", "RARE-1", Day, 1), new("X", "C1", "RARE-2", Day, 1), .. Shop(3, plant: false)];
        Assert.DoesNotContain(FrequentlyBoughtTogether.Compute(lines, new TogetherOptions()), p => p.ProductId.StartsWith("RARE"));
    }

    [Fact]
    public void Returns_and_cancellations_do_not_count()
    {
        var lines = Enumerable.Range(0, 30).SelectMany(o => new[] { new PurchaseLine($"C{o}", "C1", "A", Day, -1), new PurchaseLine($"C{o}", "C1", "B", Day, -1) })
            .Concat(Shop(4, plant: false)).ToList();
        Assert.DoesNotContain(FrequentlyBoughtTogether.Compute(lines, new TogetherOptions()), p => p.ProductId is "A" or "B");
    }

    [Fact]
    public void The_poisson_tail_matches_known_values()
    {
        Assert.Equal(1 - Math.Exp(-2) * (1 + 2 + 2), FrequentlyBoughtTogether.PoissonUpperTail(3, 2), 12); // P(X ≥ 3 | λ = 2)
        Assert.Equal(1, FrequentlyBoughtTogether.PoissonUpperTail(0, 5));
    }

    [Fact]
    public void A_pair_survives_a_json_round_trip()
    {
        var pair = FrequentlyBoughtTogether.Compute(Shop(1), new TogetherOptions())[0];
        Assert.Equal(pair, JsonSerializer.Deserialize<TogetherPair>(JsonSerializer.Serialize(pair)));
    }
}
