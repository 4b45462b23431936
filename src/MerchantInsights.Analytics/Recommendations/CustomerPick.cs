namespace MerchantInsights.Analytics.Recommendations;

/// <summary>A product to show a customer, with a plain-words reason that names product ids (the UI maps ids to names).</summary>
public sealed record CustomerPick(string CustomerId, int Rank, string ProductId, double Score, string Reason);
