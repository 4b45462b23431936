using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Tests.Forecasting;

public sealed class SsaTests
{
    private static double[] SinesAndTrend(int n) => Enumerable.Range(0, n)
        .Select(t => 10 + 0.05 * t + 3 * Math.Sin(2 * Math.PI * t / 7) + 2 * Math.Cos(2 * Math.PI * t / 30)).ToArray();

    [Fact]
    public void A_sum_of_sinusoids_and_a_linear_trend_is_reconstructed_and_extrapolated_almost_exactly()
    {
        var full = SinesAndTrend(400);
        var ssa = Ssa.Fit(full[..372], 56, 6); // trend: 2 components, each sinusoid: 2
        var reconstruction = ssa.Reconstruct(6);
        for (var t = 0; t < 372; t++) Assert.Equal(full[t], reconstruction[t], 6);
        var recurrent = ssa.ForecastRecurrent(6, 28)!;
        var vector = ssa.ForecastVector(6, 28)!;
        for (var h = 0; h < 28; h++)
        {
            Assert.Equal(full[372 + h], recurrent[h], 4);
            Assert.Equal(full[372 + h], vector[h], 4);
        }
    }

    [Fact]
    public void Eigenvalues_come_in_decreasing_order_and_a_pure_sine_needs_two_components()
    {
        var sine = Enumerable.Range(0, 200).Select(t => Math.Sin(2 * Math.PI * t / 10)).ToArray();
        var ssa = Ssa.Fit(sine, 40, 5);
        Assert.Equal(ssa.Eigenvalues.OrderDescending(), ssa.Eigenvalues);
        Assert.True(ssa.Eigenvalues[2] < 1e-8 * ssa.Eigenvalues[0]);
    }

    [Fact]
    public void Exploding_recurrence_roots_are_pulled_onto_the_unit_circle()
    {
        // yₙ = 1.1·yₙ₋₁ grows without bound; stabilised it becomes yₙ = yₙ₋₁.
        Assert.Equal(1.0, RecurrenceStabiliser.Stabilise([1.1])[0], 9);
        // yₙ = 2·yₙ₋₁ − yₙ₋₂ (a straight line, double root 1) is left alone.
        var line = RecurrenceStabiliser.Stabilise([-1, 2]);
        Assert.Equal(-1, line[0], 6);
        Assert.Equal(2, line[1], 6);
    }

    [Fact]
    public void Recurrences_that_cannot_grow_are_left_exactly_as_they_are()
    {
        double[] decaying = [0.5];
        Assert.Same(decaying, RecurrenceStabiliser.Stabilise(decaying));
        double[] dampedWeekly = [-0.81, 2 * 0.9 * Math.Cos(2 * Math.PI / 7)]; // roots 0.9·e^(±2πi/7)
        Assert.Same(dampedWeekly, RecurrenceStabiliser.Stabilise(dampedWeekly));
        var growing = RecurrenceStabiliser.Stabilise([-1.21, 2 * 1.1 * Math.Cos(2 * Math.PI / 7)]); // roots 1.1·e^(±2πi/7)
        Assert.Equal(-1, growing[0], 6); // pulled onto the circle: z² − 2cos(2π/7)z + 1
        Assert.Equal(2 * Math.Cos(2 * Math.PI / 7), growing[1], 6);
    }

    [Fact]
    public void Decomposition_separates_a_trend_from_a_weekly_pattern()
    {
        var n = 364;
        var trend = Enumerable.Range(0, n).Select(t => 5 + 0.02 * t).ToArray();
        var weekly = Enumerable.Range(0, n).Select(t => 2 * Math.Sin(2 * Math.PI * t / 7)).ToArray();
        var parts = SsaDecomposition.Decompose(trend.Select((v, t) => v + weekly[t]).ToArray(), 28);
        for (var t = 28; t < n - 28; t++)
        {
            Assert.Equal(trend[t], parts.Trend[t], 1);
            Assert.Equal(weekly[t], parts.Seasonal[t], 1);
        }
        Assert.True(parts.Noise.Skip(28).SkipLast(28).All(v => Math.Abs(v) < 0.1));
    }
}
