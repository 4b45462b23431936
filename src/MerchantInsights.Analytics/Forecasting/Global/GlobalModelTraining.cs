using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Row = MerchantInsights.Analytics.Forecasting.Global.GlobalDemandModel.Row;

namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// One training of the shop-wide model, split so a caller can schedule its parts: <see cref="Prepare"/> builds the shop
/// timeline and the sampled rows once, <see cref="Fit"/> fits one trainer on them on the calling thread (distinct
/// trainers may fit at the same time, each with its own seeded <see cref="MLContext"/>), <see cref="Model"/> joins
/// them. FastTree fits on one thread (its trees do not depend on the thread count, and the caller keeps the other core
/// busy); LightGBM keeps a thread per core, because its trees do depend on it (row-wise histograms), with OpenMP's idle
/// workers asleep (<see cref="OpenMpWaitPolicy"/>) so that sharing the cores costs no CPU.
/// </summary>
internal sealed class GlobalModelTraining
{
    /// <summary>A fitted trainer, the context it was fitted in, and whether it reads missing features as −1.</summary>
    public sealed record Fitted(MLContext Ml, ITransformer Model, bool Filled);

    private readonly ShopTimeline _shop;
    private readonly List<Row> _rows;
    private readonly GlobalModelOptions _options;
    private readonly Fitted?[] _fitted;

    static GlobalModelTraining() => OpenMpWaitPolicy.PreferSleepingWorkers();

    private GlobalModelTraining(ShopTimeline shop, List<Row> rows, GlobalModelOptions options)
    {
        (_shop, _rows, _options) = (shop, rows, options);
        Trainers = options.Trainer switch { "LightGbm" => ["LightGbm"], "FastTree" => ["FastTree"], _ => ["LightGbm", "FastTree"] };
        _fitted = new Fitted?[Trainers.Count];
    }

    /// <summary>The trainers this training fits, in the order their forecasts are averaged.</summary>
    public IReadOnlyList<string> Trainers { get; }

    /// <summary>The timeline and rows up to <paramref name="cutoff"/>; null when there are too few rows to learn from.</summary>
    public static GlobalModelTraining? Prepare(IReadOnlyList<ShopProduct> products, DateOnly cutoff, GlobalModelOptions options)
    {
        var shop = new ShopTimeline(products, cutoff);
        var rows = Rows(shop, options);
        return rows.Count < 200 ? null : new GlobalModelTraining(shop, rows, options);
    }

    /// <summary>Fits trainer <paramref name="i"/> of <see cref="Trainers"/> on one thread.</summary>
    public void Fit(int i)
    {
        var ml = new MLContext(seed: _options.Seed);
        var filled = Trainers[i] == "FastTree";
        var data = ml.Data.LoadFromEnumerable(filled ? _rows.Select(GlobalDemandModel.Filled) : _rows);
        _fitted[i] = new Fitted(ml, (filled ? FastTree(ml, _options) : LightGbm(ml, _options)).Fit(data), filled);
    }

    /// <summary>The model, once every trainer has been fitted.</summary>
    public GlobalDemandModel Model() => new(_fitted.Select(f => f ?? throw new InvalidOperationException("A trainer was not fitted."))
        .ToList(), _shop, _options, _rows.Count);

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
