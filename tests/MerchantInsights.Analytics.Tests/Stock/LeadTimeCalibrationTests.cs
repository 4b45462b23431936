using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

/// <summary>
/// Known answers for the calibrated reorder point: simulated shops whose products follow a known process (steady
/// Poisson; lumpy negative binomial with a level that jumps and drifts) are calibrated on a year of their own history,
/// then the reorder point for the next lead time must cover about 95% of fresh lead-time demand without padding.
/// </summary>
public sealed class LeadTimeCalibrationTests
{
    private const int HistoryDays = 364, Products = 1000;

    [Theory]
    [InlineData(7)]
    [InlineData(28)]
    public void Steady_Poisson_products_get_reorder_points_that_cover_95_percent(int lead)
    {
        var rng = new Random(5);
        var shop = Enumerable.Range(0, Products).Select(i => new SimulatedProduct(0.2 + 20.0 * i / Products, 1, 0, 0)).ToList();
        var (covered, padding) = Measure(shop, lead, rng);
        Assert.True(covered is >= 0.93 and <= 0.975, $"covered {covered:P1}");
        Assert.True(padding <= 1.6, $"mean reorder point / mean demand {padding:0.00}");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(56)]
    public void Lumpy_products_with_a_drifting_level_get_reorder_points_that_cover_95_percent(int lead)
    {
        var rng = new Random(7);
        var shop = Enumerable.Range(0, Products).Select(i => new SimulatedProduct(0.1 + 10.0 * i / Products, 4, 0.25, 0.01)).ToList();
        var (covered, padding) = Measure(shop, lead, rng);
        Assert.True(covered is >= 0.93 and <= 0.975, $"covered {covered:P1}");
        Assert.True(padding <= 2, $"mean reorder point / mean demand {padding:0.00}");
    }

    [Fact]
    public void The_spread_grows_faster_than_the_square_root_of_the_lead_time_when_the_level_drifts()
    {
        var rng = new Random(9);
        var steady = LeadTimeCalibration.Build(Enumerable.Range(0, 200).Select(_ => new SimulatedProduct(5, 1, 0, 0).Days(rng, HistoryDays)));
        var drifting = LeadTimeCalibration.Build(Enumerable.Range(0, 200).Select(_ => new SimulatedProduct(5, 1, 0, 0.03).Days(rng, HistoryDays)));
        var recent = new RecentDemand(1, 5, 5, 0);
        double Spread(LeadTimeCalibration c, int lead) => c.ReorderPoint(5 * lead, lead, recent, 0.95)!.Value - 5.0 * lead;
        Assert.True(Spread(drifting, 56) / Spread(drifting, 7) > 1.5 * Spread(steady, 56) / Spread(steady, 7),
            $"steady {Spread(steady, 7)} → {Spread(steady, 56)}, drifting {Spread(drifting, 7)} → {Spread(drifting, 56)}");
    }

    [Fact]
    public void Higher_service_levels_give_higher_reorder_points_and_no_lead_time_needs_none()
    {
        var calibration = LeadTimeCalibration.Build(Enumerable.Range(0, 50).Select(_ => new SimulatedProduct(3, 2, 0.2, 0).Days(new Random(3), HistoryDays)));
        var recent = new RecentDemand(2, 3, 3, 0.1);
        var at80 = calibration.ReorderPoint(42, 14, recent, 0.80)!.Value;
        var at95 = calibration.ReorderPoint(42, 14, recent, 0.95)!.Value;
        var at99 = calibration.ReorderPoint(42, 14, recent, 0.99)!.Value;
        Assert.True(at80 < at95 && at95 < at99, $"{at80}, {at95}, {at99}");
        Assert.Equal(0, calibration.ReorderPoint(42, 0, recent, 0.95));
    }

    [Fact]
    public void Without_history_there_is_no_calibrated_point_and_the_planner_uses_the_forecast_range()
    {
        var empty = LeadTimeCalibration.Build([]);
        var recent = new RecentDemand(1, 2, 2, 0);
        Assert.Null(empty.ReorderPoint(20, 10, recent, 0.95));
        var s = ReorderPlanner.Suggest(new StockPosition("P1", 0, 10, 1, null), StockForecasts.Constant(2, Math.Sqrt(2)), recent, empty, new ReorderOptions());
        Assert.Equal(28, s.ReorderPoint); // Poisson(20)'s 95th percentile, as without a calibration
    }

    [Fact]
    public void The_planner_centres_the_calibrated_spread_on_the_forecast_and_keeps_at_least_the_Poisson_quantile()
    {
        var rng = new Random(13);
        var calibration = LeadTimeCalibration.Build(Enumerable.Range(0, 200).Select(_ => new SimulatedProduct(2, 1, 0, 0).Days(rng, HistoryDays)));
        var recent = new RecentDemand(1, 2, 2, 0);
        var stock = new StockPosition("P1", 0, 10, 1, null);
        var steady = ReorderPlanner.Suggest(stock, StockForecasts.Constant(2, Math.Sqrt(2)), recent, calibration, new ReorderOptions());
        var rising = ReorderPlanner.Suggest(stock, StockForecasts.Constant(3, Math.Sqrt(3)), recent, calibration, new ReorderOptions());

        Assert.Equal(calibration.ReorderPoint(30, 10, recent, 0.95), rising.ReorderPoint);
        Assert.True(rising.ReorderPoint > steady.ReorderPoint, $"{steady.ReorderPoint} → {rising.ReorderPoint}");
        // A steady Poisson rate measured over 28 days: the spread is Poisson's plus the rate's error, so a little above Poisson(20)'s 28.
        Assert.InRange(steady.ReorderPoint, 28, 31);
    }

    [Fact]
    public void The_projected_stock_range_is_the_calibrated_10_to_90_percent_of_demand_so_far()
    {
        var calibration = LeadTimeCalibration.Build(Enumerable.Range(0, 50).Select(_ => new SimulatedProduct(2, 2, 0.2, 0).Days(new Random(17), HistoryDays)));
        var recent = new RecentDemand(2, 2, 2, 0.1);
        var projection = StockProjection.For(new StockPosition("P1", 100, 10, 1, null), StockForecasts.Constant(2, 2), recent, calibration, 28, new ReorderOptions());

        Assert.Equal(100 - calibration.ReorderPoint(2 * 14, 14, recent, 0.90)!.Value, projection.Low80[13]);
        Assert.Equal(100 - calibration.ReorderPoint(2 * 14, 14, recent, 0.10)!.Value, projection.High80[13]);
        Assert.Equal(100 - 2 * 14, projection.Expected[13], 9);
        Assert.True(projection.Low80[27] < projection.Low80[13] && projection.High80[13] > projection.Low80[13]);
    }

    /// <summary>Calibrates on each product's year, then draws the next lead time from the same process.</summary>
    private static (double Covered, double Padding) Measure(List<SimulatedProduct> shop, int lead, Random rng)
    {
        var histories = shop.Select(p => p.Days(rng, HistoryDays + lead)).ToList();
        var calibration = LeadTimeCalibration.Build(histories.Select(h => h[..HistoryDays]));
        var (covered, points, demand) = (0, 0.0, 0.0);
        foreach (var h in histories)
        {
            var recent = RecentDemand.From(h[..HistoryDays]);
            var point = calibration.ReorderPoint(lead * recent.Level, lead, recent, 0.95)!.Value;
            var actual = h[HistoryDays..].Sum();
            covered += actual <= point ? 1 : 0;
            (points, demand) = (points + point, demand + actual);
        }
        return (covered / (double)histories.Count, points / demand);
    }

    /// <summary>
    /// Daily units with mean <paramref name="Rate"/> × level, gamma-mixed Poisson with variance <paramref name="Dispersion"/> × mean;
    /// the level starts at 1, jumps by a normal share <paramref name="Jump"/> on one day in 91 (at random) and drifts by
    /// <paramref name="Drift"/> a day.
    /// </summary>
    private sealed record SimulatedProduct(double Rate, double Dispersion, double Jump, double Drift)
    {
        public double[] Days(Random rng, int days)
        {
            var (units, level) = (new double[days], 1.0);
            for (var d = 0; d < days; d++)
            {
                if (rng.NextDouble() < 1 / 91.0) level *= Math.Exp(Jump * Sampling.Normal(rng));
                level *= Math.Exp(Drift * Sampling.Normal(rng));
                var mean = Rate * level;
                units[d] = Dispersion <= 1 ? Sampling.Poisson(rng, mean) : Sampling.Poisson(rng, Sampling.Gamma(rng, mean / (Dispersion - 1), mean));
            }
            return units;
        }
    }
}
