namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>How the shop-wide model is trained. Defaults measured in bench/MerchantInsights.Forecasting.Bench.</summary>
public sealed record GlobalModelOptions
{
    /// <summary>Days forecast after the cut-off.</summary>
    public int Horizon { get; init; } = 28;
    /// <summary>"LightGbm", "FastTree" (FastTreeTweedie), or "Both" (the average of the two).</summary>
    public string Trainer { get; init; } = "Both";
    /// <summary>Boosting rounds (trees) per trainer.</summary>
    public int Trees { get; init; } = 100;
    /// <summary>Leaves per tree.</summary>
    public int Leaves { get; init; } = 31;
    /// <summary>Shrinkage applied to each tree's contribution.</summary>
    public double LearningRate { get; init; } = 0.1;
    /// <summary>Target days taken from this many days before the cut-off.</summary>
    public int TrainingDays { get; init; } = 730;
    /// <summary>At most this many product-days are trained on (a uniform, seeded sample beyond it).</summary>
    public int MaxRows { get; init; } = 250_000;
    /// <summary>Seed of the row sample and the trainers, so that a run can be repeated exactly.</summary>
    public int Seed { get; init; } = 20261201;
}
