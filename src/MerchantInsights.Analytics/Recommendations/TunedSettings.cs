namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Hyper-parameters chosen on the validation window (never the test window).</summary>
internal sealed record TunedSettings(double BuyAgainHalfLife, double EaseLambda, string BlendDiscovery, double BlendWeight,
    double BlendPopularWeight, int ValidationCustomers);
