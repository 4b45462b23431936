using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Recommendations.Bench;

/// <summary>A deterministic simulated shop: order lines, the planted pairs, and the products planted in no pair.</summary>
internal sealed record SimulatedShop(ShopSpec Spec, List<PurchaseLine> Lines, List<(string A, string B)> PlantedPairs, List<string> PartnerlessProducts)
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    public static SimulatedShop Generate(ShopSpec spec)
    {
        var random = new Random(spec.Seed);
        var weight = Enumerable.Range(0, spec.Products).Select(r => 1 / Math.Pow(r + 1, 0.8)).ToArray();
        var segmentOf = Enumerable.Range(0, spec.Products).Select(_ => random.Next(spec.Segments)).ToArray();
        var endDay = Enumerable.Range(0, spec.Products)
            .Select(_ => random.NextDouble() < spec.DiscontinuedShare ? spec.Days - 150 - random.Next(150) : int.MaxValue).ToArray();
        var global = new Sampler(weight);
        var bySegment = Enumerable.Range(0, spec.Segments)
            .Select(s => new Sampler(weight.Select((w, i) => segmentOf[i] == s ? w : 0).ToArray())).ToArray();

        var partnerOf = new Dictionary<int, int>();
        var planted = new List<(string, string)>();
        for (var p = 0; p < spec.PlantedPairs; p++)
        {
            int a = 20 + 4 * p, b = a + 1 + random.Next(3);
            if (partnerOf.ContainsKey(a) || partnerOf.ContainsKey(b) || b >= spec.Products) continue;
            partnerOf[a] = b;
            partnerOf[b] = -1;
            planted.Add((Id(a), Id(b)));
        }

        var lines = new List<PurchaseLine>();
        var order = 0;
        for (var c = 0; c < spec.Customers; c++)
        {
            var segment = random.Next(spec.Segments);
            int Draw() => random.NextDouble() < spec.SegmentStrength ? bySegment[segment].Next(random) : global.Next(random);
            // Every fifth "customer" stands for a stream of guest checkouts: no id and no staples (different people).
            var guest = c % 5 == 4;
            var staples = guest ? [] : Enumerable.Range(0, spec.StaplesPerCustomer).Select(_ => Draw()).Distinct().ToArray();
            var interval = spec.MeanDaysBetweenVisits * (0.3 + 1.4 * random.NextDouble());
            for (double day = random.NextDouble() * spec.Days; day < spec.Days; day += 1 - interval * Math.Log(1 - random.NextDouble()))
            {
                var d = (int)day;
                var basket = new HashSet<int>(staples.Where(_ => random.NextDouble() < spec.StapleProbability));
                var extra = Poisson(random, spec.ExtraItemsMean) + (basket.Count == 0 ? 1 : 0);
                for (var e = 0; e < extra; e++) basket.Add(Draw());
                foreach (var item in basket.ToArray())
                    if (partnerOf.TryGetValue(item, out var b) && b >= 0 && random.NextDouble() < spec.PairProbability) basket.Add(b);
                basket.RemoveWhere(i => d >= endDay[i]);
                var orderId = $"O{++order}";
                var customer = guest ? null : $"C{c:D5}";
                foreach (var item in basket)
                {
                    lines.Add(new PurchaseLine(orderId, customer, Id(item), Start.AddDays(d), 1 + random.Next(3)));
                    if (random.NextDouble() < 0.02)
                        lines.Add(new PurchaseLine($"C{orderId}", customer, Id(item), Start.AddDays(Math.Min(d + 3, spec.Days - 1)), -1));
                }
            }
        }
        var partnerless = Enumerable.Range(20, 200).Where(i => i < spec.Products && !partnerOf.ContainsKey(i)).Select(Id).ToList();
        return new SimulatedShop(spec, lines, planted, partnerless);
    }

    private static string Id(int product) => $"P{product:D4}";

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble()) k++;
        return k;
    }

    private sealed class Sampler(double[] weights)
    {
        private readonly double[] _cumulative = Cumulative(weights);

        public int Next(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
        }

        private static double[] Cumulative(double[] weights)
        {
            var sum = 0.0;
            return [.. weights.Select(w => sum += w)];
        }
    }
}
