using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// What a customer model version says about the whole shop: each segment's size, spend and predicted value, who moved
/// between segments in the last <see cref="MovementDays"/> days, the value model used and both models' hold-out figures.
/// </summary>
public sealed record CustomerSummary(int Customers, int Horizon, int MovementDays, string ChosenModel, string WhyChosen,
    IReadOnlyList<ValueAccuracy> Holdout, BgNbdParameters? Purchases, GammaGammaParameters? Spend,
    IReadOnlyList<SegmentTotal> Segments, IReadOnlyList<SegmentMove> Moves)
{
    public static CustomerSummary From(CustomerAnalysis analysis, CustomerOptions options)
    {
        var segments = Enum.GetValues<Segment>().Select(s =>
        {
            var members = analysis.Customers.Where(c => c.Segment == s).ToList();
            return new SegmentTotal(s, members.Count, members.Sum(c => c.Spend), members.Sum(c => c.PredictedValue));
        }).ToList();
        var moves = analysis.Customers.Where(c => c.SegmentBefore != c.Segment)
            .GroupBy(c => (c.SegmentBefore, c.Segment)).Select(g => new SegmentMove(g.Key.SegmentBefore, g.Key.Segment, g.Count()))
            .OrderByDescending(m => m.Customers).ToList();
        return new CustomerSummary(analysis.Customers.Count, analysis.Horizon, options.MovementDays, analysis.ChosenModel, analysis.WhyChosen,
            analysis.Holdout, analysis.Purchases, analysis.Spend, segments, moves);
    }
}

/// <summary>A segment's customers, their spend so far and their predicted value over the horizon (shop currency).</summary>
public sealed record SegmentTotal(Segment Segment, int Customers, decimal Spend, decimal PredictedValue);

/// <summary>Customers who were in <paramref name="From"/> (null: had not bought yet) and are now in <paramref name="To"/>.</summary>
public sealed record SegmentMove(Segment? From, Segment To, int Customers);
