namespace MerchantInsights.Analytics.Pricing;

/// <summary>The price that maximises expected profit (or revenue) within the guardrails, what it is expected to bring, and why.</summary>
public sealed record PriceSuggestion(double CurrentPrice, double SuggestedPrice, double? UnitCost, bool CostAssumed,
    double ExpectedUnitsPerDay,
    double ExpectedRevenuePerDay, double? ExpectedProfitPerDay, double ChangePct, double ChangeLowPct, double ChangeHighPct,
        string Objective, string Why);
