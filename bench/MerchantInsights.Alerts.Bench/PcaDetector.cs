using MerchantInsights.Analytics.Alerts;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MerchantInsights.Alerts.Bench;

/// <summary>
/// The challenger: Microsoft.ML's randomized PCA anomaly trainer (rank 3) on one row per product-day, given the same
/// series the rules see — the day and three days either side as log(1 + units) minus log(1 + the centred ±28-day mean
/// × the shop-wide index; the price and the index as features only let promotions dominate the errors). The highest
/// reconstruction errors of rows centred on their largest deviation are flagged: above the usual a spike, below it a drop
/// day (consecutive drop days merged into one flag).
/// </summary>
public sealed class PcaDetector(int seed, bool absolute)
{
    private const int Side = 3;

    private sealed class Row
    {
        [VectorType(2 * Side + 1)] public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
        [VectorType(2 * Side + 1)] public float[] Features { get; set; } = [];
    }

    private List<(string Product, DateOnly Day, bool Above, float Score)>? _ranked;

    public List<SalesAlert> Flag(ShopInput input, int productDays)
    {
        _ranked ??= Rank(input);
        var top = _ranked.Take(productDays).OrderBy(r => r.Product, StringComparer.Ordinal).ThenBy(r => r.Day).ToList();
        var alerts = new List<SalesAlert>();
        foreach (var r in top)
        {
            var kind = r.Above ? AlertKind.Spike : AlertKind.Drop;
            if (kind == AlertKind.Drop && alerts.Count > 0 && alerts[^1] is { Kind: AlertKind.Drop } last && last.ProductId == r.Product && last.To.AddDays(1) == r.Day)
                alerts[^1] = last with { To = r.Day };
            else alerts.Add(new SalesAlert(kind, r.Product, r.Day, r.Day, null, 0, 0, AlertSeverity.Low, "pca"));
        }
        return alerts;
    }

    /// <summary>The threshold with the best F1 over spikes and drops, chosen knowing the answers (an upper bound for PCA).</summary>
    public List<SalesAlert> BestF1(SimulatedShop shop, ShopInput input)
    {
        var (best, bestF1) = (new List<SalesAlert>(), -1.0);
        for (var k = 25; k < 40_000; k = (int)(k * 1.3))
        {
            var flags = Flag(input, k);
            var card = Scorecard.Score(shop, flags, [AlertKind.Spike, AlertKind.Drop]);
            var (planted, found, all, hits) = card.Kinds.Values.Aggregate((0, 0, 0, 0), (s, v) => (s.Item1 + v.Planted, s.Item2 + v.Found, s.Item3 + v.Flags, s.Item4 + v.True));
            var (recall, precision) = (found / (double)planted, all == 0 ? 0 : hits / (double)all);
            var f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
            if (f1 > bestF1) (best, bestF1) = (flags, f1);
        }
        return best;
    }

    private List<(string, DateOnly, bool, float)> Rank(ShopInput input)
    {
        var rows = new List<Row>();
        var keys = new List<(string, DateOnly, bool, bool Centred)>();
        foreach (var p in input.Products)
        {
            var n = p.Units.Length;
            var index = input.Index.AsSpan(0, n).ToArray(); // every simulated product starts on the shop's first day
            var x = p.Units.Select((u, t) => index[t] > 0 ? u / index[t] : 0).ToArray();
            var sum = new double[n + 1];
            for (var t = 0; t < n; t++) sum[t + 1] = sum[t] + x[t];
            var expected = new double[n];
            for (var t = 0; t < n; t++)
            {
                var (from, to) = (Math.Max(0, t - 28), Math.Min(n - 1, t + 28));
                expected[t] = (sum[to + 1] - sum[from] - x[t]) / Math.Max(1, to - from) * index[t];
            }
            for (var t = 0; t < n; t++)
            {
                if (index[t] <= 0) continue;
                var f = new float[2 * Side + 1];
                for (var k = -Side; k <= Side; k++)
                {
                    var s = Math.Clamp(t + k, 0, n - 1);
                    f[k + Side] = (float)(Math.Log(1 + p.Units[s]) - Math.Log(1 + expected[s]));
                }
                rows.Add(new Row { Features = f });
                keys.Add((p.ProductId, p.FirstDay.AddDays(t), f[Side] > 0, f.All(v => Math.Abs(v) <= Math.Abs(f[Side]))));
            }
        }
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(Row.Features))
            .Append(ml.AnomalyDetection.Trainers.RandomizedPca(featureColumnName: nameof(Row.Features), rank: 3, ensureZeroMean: true));
        var model = pipeline.Fit(data);
        var scored = ml.Data.CreateEnumerable<Scored>(model.Transform(data), reuseRowObject: false).ToList();
        var mean = Enumerable.Range(0, 2 * Side + 1).Select(j => scored.Average(s => s.Features[j])).ToArray();
        // ML.NET's score is the residual as a share of the row's distance from the mean (scale-free); × that distance it is the residual itself.
        var scores = scored.Select(s => absolute ? s.Score * (float)Math.Sqrt(s.Features.Select((v, j) => (v - mean[j]) * (v - mean[j])).Sum()) : s.Score).ToArray();
        if (Environment.GetEnvironmentVariable("PCA_DEBUG") is not null) Console.WriteLine($"scores: min {scores.Min()} median {scores.Order().ElementAt(scores.Length / 2)} max {scores.Max()}; top rows: {string.Join(" ", keys.Select((k, i) => (k, s: scores[i])).OrderByDescending(x => x.s).Take(5).Select(x => $"{x.k.Item1}@{x.k.Item2}:{x.s:0.00}"))}");
        // A row is flagged for its own day only when that day is its largest deviation (the six rows around an outlier carry it too).
        return keys.Select((k, i) => (k.Item1, k.Item2, k.Item3, k.Centred ? scores[i] : 0)).OrderByDescending(r => r.Item4).ToList();
    }
}
