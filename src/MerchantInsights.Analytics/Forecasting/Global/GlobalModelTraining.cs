using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Row = MerchantInsights.Analytics.Forecasting.Global.GlobalDemandModel.Row;

namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// One training of the shop-wide model, split so a caller can schedule its parts: <see cref="Prepare"/> builds the shop
/// timeline and the sampled rows, <see cref="Fit"/> fits the trainers on them, <see cref="Model"/> wraps the result.
/// Distinct trainings (the held-out and the final one) may fit at the same time. FastTree fits on one thread (its trees
/// do not depend on the thread count, and the caller keeps the other core busy); LightGBM keeps a thread per core,
/// because its trees do depend on it (row-wise histograms), with OpenMP's idle workers asleep
/// (<see cref="OpenMpWaitPolicy"/>) so that sharing the cores costs no CPU.
/// </summary>
internal sealed class GlobalModelTraining
{
    /// <summary>A fitted trainer, the context it was fitted in, and whether it reads missing features as −1.</summary>
    public sealed record Fitted(MLContext Ml, ITransformer Model, bool Filled);

    private readonly ShopTimeline _shop;
    private readonly int _rowCount;
    private List<Row>? _rows;
    private readonly GlobalModelOptions _options;
    private List<Fitted>? _fitted;

    static GlobalModelTraining() => OpenMpWaitPolicy.PreferSleepingWorkers();

    private GlobalModelTraining(ShopTimeline shop, List<Row> rows, GlobalModelOptions options) => (_shop, _rows, _rowCount, _options) =
        (shop, rows, rows.Count, options);

    /// <summary>The timeline and rows up to <paramref name="cutoff"/>; null when there are too few rows to learn from.</summary>
    public static GlobalModelTraining? Prepare(IReadOnlyList<ShopProduct> products, DateOnly cutoff, GlobalModelOptions options)
    {
        var shop = new ShopTimeline(products, cutoff);
        var rows = Rows(shop, options);
        return rows.Count < 200 ? null : new GlobalModelTraining(shop, rows, options);
    }

    /// <summary>
    /// Fits the trainers one after the other in one seeded context, LightGBM first: FastTree draws from the context's
    /// random state, so this order is what makes a training repeat exactly (and match the bench's figures). The rows are
    /// let go once fitted: two trainings fit side by side, and the steps after the forecast need the memory.
    /// </summary>
    public void Fit()
    {
        var rows = _rows ?? throw new InvalidOperationException("The training has been fitted already.");
        var ml = new MLContext(seed: _options.Seed);
        var fitted = new List<Fitted>();
        if (_options.Trainer is "LightGbm" or "Both")
            fitted.Add(new Fitted(ml, LightGbm(ml, _options).Fit(ml.Data.LoadFromEnumerable(rows)), false));
        if (_options.Trainer is "FastTree" or "Both")
        {
            var trainer = FastTree(ml, _options); // before the data, as it always was: the context's random state is shared
            fitted.Add(new Fitted(ml, trainer.Fit(ml.Data.LoadFromEnumerable(rows.Select(GlobalDemandModel.Filled))), true));
        }
        (_fitted, _rows) = (fitted, null);
    }

    /// <summary>The model, once <see cref="Fit"/> has run.</summary>
    public GlobalDemandModel Model() => new(_fitted ?? throw new InvalidOperationException("The training has not been fitted."), _shop,
        _options, _rowCount);

    private static IEstimator<ITransformer> LightGbm(MLContext ml, GlobalModelOptions options) =>
        ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = "Label", FeatureColumnName = "Features", ExampleWeightColumnName = "Weight",
            NumberOfIterations = options.Trees, NumberOfLeaves = options.Leaves, LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = 50, NumberOfThreads = Environment.ProcessorCount, Seed = options.Seed, Silent = true,
        });

    private static IEstimator<ITransformer> FastTree(MLContext ml, GlobalModelOptions options) =>
        ml.Regression.Trainers.FastTreeTweedie(new FastTreeTweedieTrainer.Options
        {
            LabelColumnName = "Label", FeatureColumnName = "Features", ExampleWeightColumnName = "Weight",
            NumberOfTrees = options.Trees, NumberOfLeaves = options.Leaves, LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = 50, NumberOfThreads = 1, Seed = options.Seed,
        });

    private static List<Row> Rows(ShopTimeline shop, GlobalModelOptions options)
    {
        var rng = new Random(options.Seed);
        var from = Math.Max(0, shop.Days - options.TrainingDays);
        var candidates = shop.Lanes.Sum(l => (long)Math.Max(0, shop.Days - Math.Max(from, l.First + GlobalFeatures.MinHistory + 1)));
        var keep = Math.Min(1.0, options.MaxRows / (double)Math.Max(1, candidates));
        var rows = new List<Row>((int)Math.Min(candidates, options.MaxRows + 1000));
        foreach (var lane in shop.Lanes)
            for (var t = Math.Max(from, lane.First + GlobalFeatures.MinHistory); t < shop.Days; t++)
            {
                if (keep < 1 && rng.NextDouble() >= keep) continue;
                var h = 1 + rng.Next(options.Horizon);
                var a = t - h;
                if (a - lane.First + 1 < GlobalFeatures.MinHistory) continue;
                var f = new float[GlobalFeatures.Count];
                GlobalFeatures.Fill(shop, lane, a, t, lane.Price[t], f);
                var s = GlobalFeatures.Scale(lane, a);
                rows.Add(new Row { Label = (float)(lane.Units[t] / s), Weight = (float)s, Features = f });
            }
        return rows;
    }
}
