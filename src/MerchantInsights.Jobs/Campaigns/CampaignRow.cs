namespace MerchantInsights.Jobs.Campaigns;

/// <summary>One suggestion for one customer of a campaign: rank 1 = best; <paramref name="Source"/> says where it came from.</summary>
public sealed record CampaignRow(string CustomerId, string Segment, decimal PredictedValue, int Rank, string ProductId, string ProductName,
    string Source);
