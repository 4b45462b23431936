using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

/// <summary>
/// Simulated products whose level is off the forecast by a fixed error and then drifts as a random walk, with lumpy
/// (negative binomial) days: the reorder point should cover lead-time demand on about 95% of paths, where treating the
/// whole daily range as day-to-day noise covers clearly fewer.
/// </summary>
public sealed class ReorderCoverageTests
{
    private const double Rate = 10, LevelError = 0.2, DriftPerDay = 0.01, Dispersion = 3;
    private const int Lead = 21, Products = 500, PathsPerProduct = 8;

    [Fact]
    public void Reorder_point_covers_about_95_percent_of_lead_time_demand_when_the_level_drifts()
    {
        var rng = new Random(11);
        var forecast = BandedForecast();
        var stock = new StockPosition("P1", 0, Lead, 1, null);
        // The same forecast with its whole daily range taken as fresh noise each day (spread growing like √days).
        var noiseOnly = ReorderPlanner.Suggest(stock, forecast, DailyVariance(Lead - 1) / Rate, new ReorderOptions()).ReorderPoint;
        var (covered, coveredByNoiseOnly, points, demand) = (0, 0, 0.0, 0.0);
        for (var product = 0; product < Products; product++)
        {
            // Each product's lumpiness is read from its own half-year of history, as the export does.
            var dispersion = DemandNoise.Dispersion(Enumerable.Range(0, DemandNoise.Days).Select(_ => Day(rng, Rate)).ToArray());
            var reorderPoint = ReorderPlanner.Suggest(stock, forecast, dispersion, new ReorderOptions()).ReorderPoint;
            for (var path = 0; path < PathsPerProduct; path++)
            {
                var d = LeadTimeDemand(rng);
                covered += d <= reorderPoint ? 1 : 0;
                coveredByNoiseOnly += d <= noiseOnly ? 1 : 0;
                (points, demand) = (points + reorderPoint, demand + d);
            }
        }
        var share = covered / (double)(Products * PathsPerProduct);
        var shareNoiseOnly = coveredByNoiseOnly / (double)(Products * PathsPerProduct);

        Assert.True(share is >= 0.93 and <= 0.975, $"covered {share:P1}, noise-only {shareNoiseOnly:P1}, mean reorder point / demand {points / demand:0.00}");
        Assert.True(shareNoiseOnly < 0.90, $"noise-only covered {shareNoiseOnly:P1}");
        Assert.True(points <= 2 * demand, "not padded: on average at most twice the lead-time demand");
    }

    /// <summary>The forecast a good forecaster would give: the point, and each day's marginal 80% range of the model.</summary>
    private static Analytics.Forecasting.DemandForecast BandedForecast()
    {
        var point = Enumerable.Repeat(Rate, 28).ToArray();
        var sd = Enumerable.Range(0, 28).Select(d => Math.Sqrt(DailyVariance(d))).ToArray();
        return StockForecasts.Of(point, sd);
    }

    private static double DailyVariance(int day) =>
        Dispersion * Rate + Math.Pow(LevelError * Rate, 2) + (day + 1) * Math.Pow(DriftPerDay * Rate, 2);

    private static double LeadTimeDemand(Random rng)
    {
        var level = Rate * (1 + LevelError * Sampling.Normal(rng));
        var total = 0.0;
        for (var d = 0; d < Lead; d++)
        {
            level += DriftPerDay * Rate * Sampling.Normal(rng);
            total += Day(rng, Math.Max(0, level));
        }
        return total;
    }

    /// <summary>A gamma-mixed Poisson day with mean m and variance <see cref="Dispersion"/> × m.</summary>
    private static double Day(Random rng, double mean) =>
        mean <= 0 ? 0 : Sampling.Poisson(rng, Sampling.Gamma(rng, mean / (Dispersion - 1), mean));
}
