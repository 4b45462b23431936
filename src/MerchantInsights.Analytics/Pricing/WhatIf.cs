namespace MerchantInsights.Analytics.Pricing;

/// <summary>Expected units, revenue and profit per day at one price, each with its 80% range (profit null without a cost).</summary>
public sealed record WhatIf(double Price, double Units, double UnitsLow, double UnitsHigh, double Revenue, double RevenueLow,
    double RevenueHigh,
    double? Profit, double? ProfitLow, double? ProfitHigh);
