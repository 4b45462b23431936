namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The customer engine's result for a shop: every customer's profile, the fitted BG/NBD and Gamma-Gamma parameters,
/// the hold-out figures of both value models and the baselines, and which model the predicted values come from.
/// </summary>
public sealed record CustomerAnalysis(DateOnly LastDay, int Horizon, IReadOnlyList<CustomerProfile> Customers,
    BgNbdParameters? Purchases, GammaGammaParameters? Spend, string ChosenModel, string WhyChosen, IReadOnlyList<ValueAccuracy> Holdout)
{
    /// <summary>Display name of the BG/NBD purchase model × Gamma-Gamma spend model.</summary>
    public const string BgNbdName = "BG/NBD + Gamma-Gamma";
    /// <summary>Display name of the gradient-boosted tree model of spend (<see cref="SpendTreeModel"/>).</summary>
    public const string TreesName = "Gradient-boosted trees";
    /// <summary>Display name of the geometric mean of the two models (<see cref="ValueBlend"/>).</summary>
    public const string BlendName = "Both models (geometric mean)";
    /// <summary>Display name of the baseline that predicts a customer's spend in the previous horizon again.</summary>
    public const string RepeatLastName = "Repeat last period";
    /// <summary>Display name of the baseline that predicts (ranks by) a customer's total spend so far.</summary>
    public const string TotalSpendName = "Total spend so far";

    /// <summary>The display name of a value model, as shown in <see cref="ChosenModel"/> and the hold-out table.</summary>
    public static string NameOf(ValueModelChoice model) => model switch
    {
        ValueModelChoice.Trees => TreesName,
        ValueModelChoice.Blend => BlendName,
        _ => BgNbdName,
    };

    /// <summary>The result for a shop with no customer orders: no profiles, no fitted parameters, no hold-out.</summary>
    public static CustomerAnalysis Empty(DateOnly lastDay, int horizon) =>
        new(lastDay, horizon, [], null, null, BgNbdName, "No customer has ordered yet.", []);
}
