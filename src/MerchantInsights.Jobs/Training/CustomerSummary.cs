using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// What a customer model version says about the whole shop: each segment's size, spend and predicted value, who moved
/// between segments in the last <see cref="MovementDays"/> days, the value model used and both models' hold-out figures.
/// </summary>
public sealed record CustomerSummary(int Customers, int Horizon, int MovementDays, string ChosenModel, string WhyChosen,
    IReadOnlyList<ValueAccuracy> Holdout, BgNbdParameters? Purchases, GammaGammaParameters? Spend,
    IReadOnlyList<SegmentTotal> Segments, IReadOnlyList<SegmentMove> Moves, IReadOnlyList<CustomerPoint> Sample,
        IReadOnlyList<CustomerProfile> TopByValue)
{
    /// <summary>Customers drawn for the recency × frequency chart (a browser draws a few thousand points smoothly, not 100,000).</summary>
    public const int SampleSize = 3000;
    public const int TopCustomers = 20;

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
        var every = Math.Max(1, (analysis.Customers.Count + SampleSize - 1) / SampleSize);
        var sample = analysis.Customers.Where((_, i) => i % every == 0)
            .Select(c => new CustomerPoint(c.CustomerId, c.RecencyDays, c.Orders, c.Segment)).ToList();
        var top = analysis.Customers.OrderByDescending(c => c.PredictedValue).ThenBy(c => c.CustomerId, StringComparer.Ordinal)
            .Take(TopCustomers).ToList();
        return new CustomerSummary(analysis.Customers.Count, analysis.Horizon, options.MovementDays, analysis.ChosenModel,
            analysis.WhyChosen,
            analysis.Holdout, analysis.Purchases, analysis.Spend, segments, moves, sample, top);
    }
}
