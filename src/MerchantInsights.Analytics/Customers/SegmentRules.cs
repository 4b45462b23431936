namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The segment table over the 5 × 5 grid of recency score (R) and frequency-and-spend score (FM), after the usual RFM
/// segment map (e.g. Putler's eleven segments, "about to sleep" folded into Hibernating and a Lost corner added). The
/// rules do not overlap and cover every cell, so every customer gets exactly one segment and the words say why.
/// </summary>
public static class SegmentRules
{
    /// <summary>Every segment's rule, one per <see cref="Segment"/>, from best to gone.</summary>
    public static IReadOnlyList<SegmentRule> All { get; } =
    [
        new(Segment.Champions, "Champions", 5, 5, 4, 5,
            "Bought in the most recent fifth of customers and are in the top two fifths for orders and spend.",
                "Reward them; ask for reviews; show new products first."),
        new(Segment.Loyal, "Loyal", 3, 4, 4, 5,
            "Buy often and spend much (top two fifths) and bought not long ago.",
                "Offer more of what they buy; a loyalty perk keeps them."),
        new(Segment.PotentialLoyalists, "Potential loyalists", 4, 5, 2, 3,
            "Bought recently (top two fifths) with middling orders and spend.", "Suggest products that go with what they bought."),
        new(Segment.New, "New", 5, 5, 1, 1,
            "Bought in the most recent fifth but have ordered little so far (bottom fifth for orders and spend).",
                "Welcome them and make the second order easy."),
        new(Segment.Promising, "Promising", 4, 4, 1, 1,
            "Bought fairly recently but have ordered little so far.", "A small offer can bring a second order."),
        new(Segment.NeedAttention, "Need attention", 3, 3, 3, 3,
            "In the middle for recency, orders and spend.", "A limited-time offer based on their past purchases."),
        new(Segment.AtRisk, "At risk", 1, 2, 3, 4,
            "Used to buy often or spend well, but have not bought for a while (bottom two fifths for recency).",
                "Win them back with a personal message."),
        new(Segment.CantLoseThem, "Can't lose them", 1, 2, 5, 5,
            "Among your biggest customers for orders and spend, but have not bought for a while.",
                "Contact them personally; find out what changed."),
        new(Segment.Hibernating, "Hibernating", 2, 3, 1, 2,
            "Few orders, little spend, and not recently.", "Include them in seasonal campaigns only."),
        new(Segment.Lost, "Lost", 1, 1, 1, 2,
            "Few orders, little spend, and the longest time since their last order.",
                "Do not spend much on them; one reactivation mail at most."),
    ];

    /// <summary>The rule (name, score ranges, words and advice) of a segment.</summary>
    public static SegmentRule RuleFor(Segment segment) => All.First(r => r.Segment == segment);

    /// <summary>The one segment whose rule matches the score; throws when R or FM is outside 1–5.</summary>
    public static Segment Classify(RfmScore score) =>
        All.FirstOrDefault(r => r.Matches(score))?.Segment
        ?? throw new ArgumentOutOfRangeException(nameof(score), $"Scores R={score.R}, FM={score.FrequencyMonetary} are outside 1–5.");
}
