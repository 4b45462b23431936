namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// One row of the segment table: customers whose recency score lies in [RMin, RMax] and whose frequency-and-spend score
/// (the rounded mean of F and M) lies in [FmMin, FmMax] belong to <see cref="Segment"/>. <see cref="Words"/> says the
/// rule to the shop owner; <see cref="Advice"/> what to do with these customers.
/// </summary>
public sealed record SegmentRule(Segment Segment, string Name, int RMin, int RMax, int FmMin, int FmMax, string Words, string Advice)
{
    /// <summary>True when the score's R and FM both lie within this rule's ranges (inclusive).</summary>
    public bool Matches(RfmScore score) =>
        score.R >= RMin && score.R <= RMax && score.FrequencyMonetary >= FmMin && score.FrequencyMonetary <= FmMax;
}
