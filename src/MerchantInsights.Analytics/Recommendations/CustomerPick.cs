namespace MerchantInsights.Analytics.Recommendations;

/// <summary>One recommended product for a customer, rank 1 best, with its score and the reason in words (product ids inside).</summary>
public sealed record CustomerPick(string CustomerId, int Rank, string ProductId, double Score, string Reason);
