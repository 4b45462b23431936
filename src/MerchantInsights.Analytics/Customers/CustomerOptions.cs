namespace MerchantInsights.Analytics.Customers;

/// <summary>Settings of the customer engine; the defaults are what the bench measured (bench/MerchantInsights.Customers.Bench).</summary>
public sealed record CustomerOptions
{
    /// <summary>Days predicted ahead, and the length of the hold-out that chooses the model.</summary>
    public int Horizon { get; init; } = 90;
    /// <summary>The segments are also computed this many days ago, to show who moved.</summary>
    public int MovementDays { get; init; } = 30;
    /// <summary>Earlier windows the gradient-boosted model learns from (each one horizon long, stacked).</summary>
    public int TrainingWindows { get; init; } = 6;
    /// <summary>Days between the starts of those windows (less than the horizon: they overlap, and see more seasons).</summary>
    public int WindowStep { get; init; } = 30;
    /// <summary>"log": least squares on ln(1 + spend); "tweedie": FastTree Tweedie on spend.</summary>
    public string TreeLoss { get; init; } = "tweedie";
    /// <summary>Boosting iterations: the number of trees in the gradient-boosted model.</summary>
    public int Trees { get; init; } = 300;
    /// <summary>Small trees with many customers a leaf: they rank better on a season the windows did not show (0009).</summary>
    public int Leaves { get; init; } = 7;
    /// <summary>Shrinkage applied to each tree's contribution, 0–1 (smaller learns slower and overfits less).</summary>
    public double LearningRate { get; init; } = 0.05;
    /// <summary>Fewest training rows (customer × window) a tree leaf may hold.</summary>
    public int MinimumCustomersPerLeaf { get; init; } = 50;
    /// <summary>Random seed of the tree training, so the same data gives the same predictions.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Fewest customers (with a purchase before the window) for the gradient-boosted model to be trained.</summary>
    public int MinimumTrainingCustomers { get; init; } = 200;
}
