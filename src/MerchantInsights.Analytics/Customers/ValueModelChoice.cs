namespace MerchantInsights.Analytics.Customers;

/// <summary>Which predictions a shop's customer values come from, as chosen by <see cref="ValueHoldout"/>.</summary>
public enum ValueModelChoice
{
    /// <summary>BG/NBD expected purchase days × Gamma-Gamma spend per purchase day.</summary>
    BgNbd,
    /// <summary>The gradient-boosted tree model of spend (<see cref="SpendTreeModel"/>).</summary>
    Trees,
    /// <summary>The geometric mean of the two (<see cref="ValueBlend"/>).</summary>
    Blend,
}
