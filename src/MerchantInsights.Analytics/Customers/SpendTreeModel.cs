using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// A gradient-boosted regression of a customer's spend over the next horizon from <see cref="CustomerFeatures"/>:
/// FastTree with the Tweedie loss on spend by default (Friedman 2001; Zhou, Yang &amp; Qian 2019 for Tweedie boosting),
/// or LightGBM (Ke et al. 2017) least squares on ln(1 + spend) when <see cref="CustomerOptions.TreeLoss"/> is "log".
/// Trained on stacked earlier windows: at each origin o = cut-off − horizon − k·step the features see the data up to o
/// (and the BG/NBD model fitted at the cut-off, its parameters being the shop's) and the label is the spend in
/// (o, o + horizon]. Cost: O(windows · lines) to build rows plus O(rows · trees · leaves); 12k rows ≈ 2–4 s on 2 cores.
/// Limits: needs a year of data to see a season; the Tweedie mean is pulled down by many zeros, the log model's more.
/// </summary>
public sealed class SpendTreeModel
{
    private sealed class Row
    {
        public float Label { get; set; }
        [VectorType(CustomerFeatures.Count)] public float[] Features { get; set; } = [];
    }

    private sealed class Score
    {
        [ColumnName("Score")] public float Value { get; set; }
    }

    private readonly MLContext _ml;
    private readonly ITransformer _model;

    /// <summary>Rows the model was trained on: one per customer and earlier window.</summary>
    public int TrainingRows { get; }

    private readonly bool _log;

    private SpendTreeModel(MLContext ml, ITransformer model, int rows, bool log)
        => (_ml, _model, TrainingRows, _log) = (ml, model, rows, log);

    /// <summary>FastTree skips rows with a missing feature: missing becomes −1, below every real value.</summary>
    private static float[] Filled(bool log, float[] f) => log ? f : f.Select(v => float.IsNaN(v) ? -1 : v).ToArray();

    /// <summary>Null when fewer than <see cref="CustomerOptions.MinimumTrainingCustomers"/> customers can be learned from.</summary>
    internal static SpendTreeModel? Train(CustomerHistories histories, IReadOnlyList<CustomerHistory> atCutoff, BgNbdValueModel bgNbd,
        DateOnly cutoff, CustomerOptions options)
    {
        var full = atCutoff.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
        var rows = new List<(float[] Features, double Spend)>();
        for (var k = 1; k <= options.TrainingWindows; k++)
        {
            var origin = cutoff.AddDays(-options.Horizon - (k - 1) * options.WindowStep);
            var customers = histories.At(origin);
            if (customers.Count < options.MinimumTrainingCustomers) break;
            rows.AddRange(FeaturesAt(customers, origin, bgNbd, options.Horizon).Zip(customers,
                (f, c) => (f, Math.Max(0, (double)full[c.CustomerId].SpendBetween(origin, origin.AddDays(options.Horizon))))));
        }
        return rows.Count < options.MinimumTrainingCustomers ? null : Fit(rows, options);
    }

    /// <summary>Every customer's <see cref="CustomerFeatures"/> at a cut-off, in their order (missing values NaN).</summary>
    internal static List<float[]> FeaturesAt(IReadOnlyList<CustomerHistory> customers, DateOnly cutoff, BgNbdValueModel bgNbd, int horizon)
    {
        var momentum = ProductMomentum.Of(customers, cutoff);
        return customers.Select(c => CustomerFeatures.Of(c, cutoff, bgNbd.Predict(c, cutoff, horizon), momentum)).ToList();
    }

    /// <summary>The boosted trees of <paramref name="options"/> fitted to rows of features and the spend that followed.</summary>
    internal static SpendTreeModel Fit(IReadOnlyList<(float[] Features, double Spend)> rows, CustomerOptions options)
    {
        var log = options.TreeLoss == "log";
        var ml = new MLContext(seed: options.Seed);
        IEstimator<ITransformer> trainer = log
            ? ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", NumberOfIterations = options.Trees,
                    NumberOfLeaves = options.Leaves,
                LearningRate = options.LearningRate, MinimumExampleCountPerLeaf = options.MinimumCustomersPerLeaf,
                NumberOfThreads = Environment.ProcessorCount, Seed = options.Seed, Silent = true,
            })
            : ml.Regression.Trainers.FastTreeTweedie(new FastTreeTweedieTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", NumberOfTrees = options.Trees, NumberOfLeaves = options.Leaves,
                LearningRate = options.LearningRate, MinimumExampleCountPerLeaf = options.MinimumCustomersPerLeaf,
                NumberOfThreads = Environment.ProcessorCount, Seed = options.Seed,
            });
        var data = rows.Select(r => new Row { Label = (float)(log ? Math.Log(1 + r.Spend) : r.Spend), Features = Filled(log, r.Features) });
        return new SpendTreeModel(ml, trainer.Fit(ml.Data.LoadFromEnumerable(data)), rows.Count, log);
    }

    /// <summary>Predicted spend over the horizon after <paramref name="cutoff"/>, one per customer, in their order.</summary>
    internal double[] Predict(IReadOnlyList<CustomerHistory> customers, DateOnly cutoff, BgNbdValueModel bgNbd, int horizon) =>
        Predict(FeaturesAt(customers, cutoff, bgNbd, horizon));

    /// <summary>Predicted spend (never below 0) for rows of <see cref="CustomerFeatures"/>, in their order.</summary>
    internal double[] Predict(IEnumerable<float[]> features)
    {
        var rows = features.Select(f => new Row { Features = Filled(_log, f) });
        var scores = _ml.Data.CreateEnumerable<Score>(_model.Transform(_ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false);
        return scores.Select(s => Math.Max(0, _log ? Math.Exp(s.Value) - 1 : s.Value)).ToArray();
    }
}
