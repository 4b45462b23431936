using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Campaigns;

/// <summary>
/// Who a campaign list is for: one segment, or the at-risk customers worth winning back (At risk or Can't lose them,
/// and in the top two fifths of the shop by spend so far). <see cref="Key"/> names it in URLs.
/// </summary>
public sealed record CampaignAudience(string Key, string Title, IReadOnlyList<Segment> Segments, int MinimumSpendScore, string Words)
{
    public const string AtRiskHighValueKey = "at-risk-high-value";

    public static IReadOnlyList<CampaignAudience> All { get; } =
    [
        new(AtRiskHighValueKey, "At risk with high value", [Segment.AtRisk, Segment.CantLoseThem], 4,
            "At risk or Can't lose them, and among the two fifths of your customers who have spent the most."),
        .. SegmentRules.All.Select(r => new CampaignAudience(Slug(r.Segment), r.Name, [r.Segment], 1, r.Words)),
    ];

    public static CampaignAudience? Find(string key) => All.FirstOrDefault(a => a.Key == key);

    public bool Includes(CustomerProfile customer) => Segments.Contains(customer.Segment) && customer.M >= MinimumSpendScore;

    private static string Slug(Segment segment) =>
        string.Concat(segment.ToString()
            .Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
