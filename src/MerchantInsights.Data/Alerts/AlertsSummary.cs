namespace MerchantInsights.Data.Alerts;

/// <summary>What an alerts scan found, for the job line and the pages: flags per kind and the unusual days it explained instead.</summary>
public sealed record AlertsSummary(int Spikes, int Drops, int LargeOrders, int OddPrices, int ExplainedByPromotion, int ExplainedByPeak,
    int Products);
