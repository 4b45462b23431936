using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class CoOccurrenceTestTests
{
    [Fact]
    public void Poisson_upper_tail_matches_hand_value()
    {
        // Mean 1: P(X ≥ 2) = 1 − e⁻¹(1 + 1).
        Assert.Equal(1 - 2 / Math.E, CoOccurrenceTest.PoissonUpperTail(2, 1), 12);
        Assert.Equal(1, CoOccurrenceTest.PoissonUpperTail(0, 3));
    }

    [Fact]
    public void Benjamini_Hochberg_adjusts_and_keeps_order() =>
        Assert.Equal([0.03, 0.04, 0.04], CoOccurrenceTest.AdjustBenjaminiHochberg([0.01, 0.04, 0.03], 3).Select(p => Math.Round(p, 12)));

    [Fact]
    public void Poisson_lower_bound_of_one_event_is_the_textbook_value() =>
        Assert.Equal(0.0513, CoOccurrenceTest.PoissonLowerBound(1, 0.95), 4);
}
