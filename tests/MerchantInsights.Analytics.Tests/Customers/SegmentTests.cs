using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class SegmentTests
{
    [Fact]
    public void Quintiles_give_each_fifth_of_distinct_values_its_score_and_ties_one_score()
    {
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], RfmScorer.Quintiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        Assert.Equal([1, 1, 1, 1, 1, 1, 4, 4, 5, 5], RfmScorer.Quintiles([1, 1, 1, 1, 1, 1, 7, 8, 9, 10]));
    }

    [Fact]
    public void Every_cell_of_the_score_grid_has_exactly_one_rule_with_words()
    {
        for (var r = 1; r <= 5; r++)
            for (var fm = 1; fm <= 5; fm++)
            {
                var score = new RfmScore("c", 0, 1, 0, r, fm, fm);
                Assert.Single(SegmentRules.All, rule => rule.Matches(score));
            }
        Assert.All(SegmentRules.All, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Words)));
        Assert.Equal(Enum.GetValues<Segment>().Length, SegmentRules.All.Select(r => r.Segment).Distinct().Count());
    }

    [Theory]
    [InlineData(5, 5, 5, Segment.Champions)]
    [InlineData(4, 5, 4, Segment.Loyal)]
    [InlineData(5, 3, 2, Segment.PotentialLoyalists)]
    [InlineData(5, 1, 1, Segment.New)]
    [InlineData(4, 1, 1, Segment.Promising)]
    [InlineData(3, 3, 3, Segment.NeedAttention)]
    [InlineData(2, 4, 3, Segment.AtRisk)]
    [InlineData(1, 5, 5, Segment.CantLoseThem)]
    [InlineData(2, 1, 2, Segment.Hibernating)]
    [InlineData(1, 1, 1, Segment.Lost)]
    public void Scores_land_in_the_segment_the_table_names(int r, int f, int m, Segment expected) =>
        Assert.Equal(expected, SegmentRules.Classify(new RfmScore("c", 0, 1, 0, r, f, m)));

    [Fact]
    public void Hand_made_customers_land_in_the_expected_segments()
    {
        var last = new DateOnly(2024, 12, 31);
        var lines = new List<CustomerLine>();
        void Buy(string id, int daysAgo, decimal spend) =>
            lines.Add(new CustomerLine(id, $"{id}-{daysAgo}", "P1", last.AddDays(-daysAgo), 1, spend));
        // Twenty ordinary customers spread the quintiles: one or two mid-sized orders, 60–250 days ago.
        for (var i = 0; i < 20; i++)
        {
            Buy($"ordinary{i:00}", 60 + 10 * i, 100);
            if (i % 2 == 0) Buy($"ordinary{i:00}", 50 + 10 * i, 80);
        }
        foreach (var d in new[] { 1, 20, 40, 70, 100, 130 }) Buy("champion", d, 500);
        Buy("newcomer", 2, 30);
        foreach (var d in new[] { 300, 320, 340, 360, 380, 400 }) Buy("big-gone-quiet", d, 600);
        Buy("one-off-long-ago", 420, 20);

        var profiles = CustomerEngine.Analyze(lines, last, new CustomerOptions()).Customers.ToDictionary(p => p.CustomerId);

        Assert.Equal(Segment.Champions, profiles["champion"].Segment);
        Assert.Equal(Segment.New, profiles["newcomer"].Segment);
        Assert.Equal(Segment.CantLoseThem, profiles["big-gone-quiet"].Segment);
        Assert.Equal(Segment.Lost, profiles["one-off-long-ago"].Segment);
        Assert.Equal(420, profiles["one-off-long-ago"].RecencyDays);
    }
}
