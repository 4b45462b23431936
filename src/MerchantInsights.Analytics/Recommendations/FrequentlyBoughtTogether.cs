using System.Collections.Concurrent;
using System.Globalization;

namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Frequently bought together. Method: basket-level co-occurrence (an order, or a customer's orders in a window);
/// support, confidence and lift = P(a,b) / (P(a)P(b)); a pair needs <see cref="TogetherOptions.MinSupportOrders"/> joint
/// baskets and a one-sided Poisson p-value that survives Benjamini–Hochberg at <see cref="TogetherOptions.FalseDiscoveryRate"/>,
/// counting every pair seen together at least once as a test. "Chance" for the test is stratified (Mantel–Haenszel):
/// each repeat customer is a stratum and guests/one-off customers share one, so a loyal customer who always buys the same
/// few products, or a taste shared by a segment, does not pass for "bought together". Partners are ranked by the exact
/// Poisson lower confidence bound of observed / chance, so a pair seen 3 times with lift 20 does not outrank one seen
/// 300 times with lift 8 by luck. Sources: Agrawal &amp; Srikant 1994 (support/confidence); Brin et al. 1997 (lift);
/// Mantel &amp; Haenszel 1959; Benjamini &amp; Hochberg 1995. Complexity: O(Σ basket² + Σ stratum products²) time,
/// O(products) scratch per thread. Limits: pairs only; no time decay; the Poisson tail is conservative (slightly
/// less power than an exact stratified test); wholesale baskets of hundreds of products dominate the cost.
/// </summary>
public static class FrequentlyBoughtTogether
{
    /// <summary>The significant product pairs, per product at most <c>options.MaxPartners</c> ranked by a conservative
    /// (lower-bound) lift, with their support (share of baskets), confidence and lift.</summary>
    public static IReadOnlyList<TogetherPair> Compute(IReadOnlyList<PurchaseLine> lines, TogetherOptions options)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        var baskets = Baskets.Build(PurchaseHistory.From(lines), options.CustomerWindowDays);
        var n = baskets.Items.Length;
        if (n == 0) return [];

        var counts = new int[baskets.ProductIds.Length];
        var basketsOf = IndexBaskets(baskets.Items, counts);
        var strata = StrataCounts.Of(baskets);
        var candidates = new ConcurrentBag<Candidate>();
        long pairsSeen = 0;
        Parallel.For(0, counts.Length, () => (Scratch: new Scratch(counts.Length), Seen: 0L), (a, _, local) =>
        {
            local.Seen += CountPartners(a, baskets, basketsOf[a], local.Scratch, strata, options, candidates);
            return local;
        }, local => Interlocked.Add(ref pairsSeen, local.Seen));

        var list = candidates.ToList();
        var adjusted = CoOccurrenceTest.AdjustBenjaminiHochberg(list.Select(c => c.PValue).ToList(), Math.Max(1, pairsSeen));
        var significant = list.Select((c, i) => c with { PValue = adjusted[i] })
            .Where(c => c.PValue <= options.FalseDiscoveryRate);
        return Rank(significant, baskets.ProductIds, counts, n, options.MaxPartners);
    }

    private readonly record struct Candidate(int A, int B, int Together, double PValue, double RankScore);

    private static int[][] IndexBaskets(int[][] items, int[] counts)
    {
        foreach (var basket in items)
            foreach (var item in basket) counts[item]++;
        var index = counts.Select(c => new int[c]).ToArray();
        var fill = new int[counts.Length];
        for (var b = 0; b < items.Length; b++)
            foreach (var item in items[b]) index[item][fill[item]++] = b;
        return index;
    }

    private static long CountPartners(int a, Baskets baskets, int[] basketsOfA, Scratch scratch, StrataCounts strata,
        TogetherOptions options, ConcurrentBag<Candidate> candidates)
    {
        var (observed, expected) = (scratch.Observed, scratch.Expected);
        var touched = new List<int>();
        foreach (var basket in basketsOfA)
            foreach (var b in baskets.Items[basket])
                if (b > a && observed[b]++ == 0) touched.Add(b);

        // Expected joint baskets if a and b were independent within each stratum (Mantel–Haenszel).
        foreach (var (stratum, countA) in strata.StrataOf[a])
        {
            var perBasket = (double)countA / strata.Size[stratum];
            foreach (var (b, countB) in strata.ItemsOf[stratum])
                if (b > a && observed[b] >= options.MinSupportOrders) expected[b] += perBasket * countB;
        }

        foreach (var b in touched)
        {
            var (together, chance) = (observed[b], expected[b]);
            observed[b] = 0;
            expected[b] = 0;
            if (together < options.MinSupportOrders || together <= chance) continue;
            var p = CoOccurrenceTest.PoissonUpperTail(together, chance);
            var score = CoOccurrenceTest.PoissonLowerBound(together, options.RankingConfidence) / chance;
            candidates.Add(new Candidate(a, b, together, p, score));
        }
        return touched.Count;
    }

    private sealed class Scratch(int products)
    {
        public int[] Observed { get; } = new int[products];
        public double[] Expected { get; } = new double[products];
    }

    private static List<TogetherPair> Rank(IEnumerable<Candidate> significant, string[] ids, int[] counts, int n, int maxPartners)
    {
        var byProduct = new Dictionary<int, List<(int Other, Candidate Pair)>>();
        foreach (var c in significant)
        {
            Add(byProduct, c.A, c.B, c);
            Add(byProduct, c.B, c.A, c);
        }
        var result = new List<TogetherPair>();
        foreach (var (product, partners) in byProduct.OrderBy(p => ids[p.Key], StringComparer.Ordinal))
        {
            var ranked = partners
                .OrderByDescending(p => p.Pair.RankScore)
                .ThenByDescending(p => p.Pair.Together)
                .ThenBy(p => ids[p.Other], StringComparer.Ordinal)
                .Take(maxPartners);
            var rank = 0;
            foreach (var (other, pair) in ranked)
                result.Add(ToPair(ids[product], ++rank, ids[other], pair, counts[product], counts[other], n));
        }
        return result;
    }

    private static void Add(Dictionary<int, List<(int, Candidate)>> map, int product, int other, Candidate pair)
    {
        if (!map.TryGetValue(product, out var list)) map.Add(product, list = []);
        list.Add((other, pair));
    }

    private static TogetherPair ToPair(string product, int rank, string other, Candidate pair, int countProduct, int countOther, int n)
    {
        var lift = (double)pair.Together * n / ((double)countProduct * countOther);
        var evidence = string.Format(CultureInfo.InvariantCulture,
            "bought together in {0} orders, {1:0.0}× more often than chance", pair.Together, lift);
        return new TogetherPair(product, rank, other, pair.Together, (double)pair.Together / n,
            (double)pair.Together / countProduct, lift, pair.PValue, evidence);
    }
}
