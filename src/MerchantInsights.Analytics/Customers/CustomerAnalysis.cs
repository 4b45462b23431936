namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The customer engine's result for a shop: every customer's profile, the fitted BG/NBD and Gamma-Gamma parameters,
/// the hold-out figures of both value models and the baselines, and which model the predicted values come from.
/// </summary>
public sealed record CustomerAnalysis(DateOnly LastDay, int Horizon, IReadOnlyList<CustomerProfile> Customers,
    BgNbdParameters? Purchases, GammaGammaParameters? Spend, string ChosenModel, string WhyChosen, IReadOnlyList<ValueAccuracy> Holdout)
{
    public const string BgNbdName = "BG/NBD + Gamma-Gamma";
    public const string TreesName = "Gradient-boosted trees";
    public const string BlendName = "Both models (geometric mean)";
    public const string RepeatLastName = "Repeat last period";
    public const string TotalSpendName = "Total spend so far";

    public static string NameOf(ValueModelChoice model) => model switch
    {
        ValueModelChoice.Trees => TreesName,
        ValueModelChoice.Blend => BlendName,
        _ => BgNbdName,
    };

    public static CustomerAnalysis Empty(DateOnly lastDay, int horizon) =>
        new(lastDay, horizon, [], null, null, BgNbdName, "No customer has ordered yet.", []);
}
