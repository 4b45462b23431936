namespace MerchantInsights.Analytics.Customers;

/// <summary>Which predictions a shop's customer values come from, as chosen by <see cref="ValueHoldout"/>.</summary>
public enum ValueModelChoice
{
    BgNbd,
    Trees,
    Blend,
}
