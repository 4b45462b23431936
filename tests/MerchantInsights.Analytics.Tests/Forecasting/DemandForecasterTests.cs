using System.Text.Json;
using MerchantInsights.Analytics.Forecasting;

namespace MerchantInsights.Analytics.Tests.Forecasting;

public sealed class DemandForecasterTests
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    private static DemandForecast Forecast(double[] units) => DemandForecaster.Forecast(new DemandHistory("P1", Start, units), new ForecastOptions());

    [Fact]
    public void A_pure_weekly_pattern_is_forecast_exactly_with_no_spread()
    {
        double[] week = [2, 3, 4, 5, 8, 12, 6];
        var f = Forecast(Enumerable.Range(0, 365).Select(t => week[t % 7]).ToArray());
        for (var h = 0; h < 28; h++)
        {
            Assert.Equal(week[(365 + h) % 7], f.Point[h], 6);
            Assert.Equal(f.Point[h], f.Lower80[h], 6);
            Assert.Equal(f.Point[h], f.Upper95[h], 6);
        }
        Assert.Equal(Start.AddDays(365), f.FirstForecastDay);
        Assert.True(f.Accuracy.Mase < 1e-6);
    }

    [Fact]
    public void White_noise_gives_a_flat_forecast_near_the_mean_with_wide_bands()
    {
        var rng = new Random(5);
        var f = Forecast(Enumerable.Range(0, 500).Select(_ => 20 + 5 * Gaussian(rng)).ToArray());
        Assert.All(f.Point, p => Assert.InRange(p, 16, 24));
        Assert.True(f.Point.Max() - f.Point.Min() < 4);
        Assert.All(f.Upper80.Zip(f.Lower80), b => Assert.InRange(b.First - b.Second, 8, 20)); // ±1.28σ ≈ 12.8
        Assert.InRange(f.Accuracy.Mase, 0.4, 1.0);
        Assert.True(f.Accuracy.Mase < f.Accuracy.SeasonalNaiveMase);
    }

    [Fact]
    public void Intervals_are_nested_and_never_negative()
    {
        var rng = new Random(9);
        var f = Forecast(Enumerable.Range(0, 400).Select(t => (double)(rng.NextDouble() < 0.3 ? rng.Next(1, 4) : 0)).ToArray());
        for (var h = 0; h < 28; h++)
        {
            Assert.True(f.Lower95[h] >= 0);
            Assert.True(f.Lower95[h] <= f.Lower80[h] && f.Lower80[h] <= f.Point[h] + 1e-9);
            Assert.True(f.Point[h] <= f.Upper80[h] + 1e-9 && f.Upper80[h] <= f.Upper95[h]);
        }
        Assert.Contains(f.Reasons, r => r.Contains("sold on only"));
    }

    [Fact]
    public void Occasional_sales_are_explained_and_their_ranges_still_show_the_sales()
    {
        var rng = new Random(3);
        var units = Enumerable.Range(0, 600).Select(_ => rng.NextDouble() < 0.08 ? 1.0 + rng.Next(3) : 0).ToArray();
        var f = Forecast(units);
        // The typical day is a day without a sale (the MASE-optimal line may be 0); the ranges must still show the sales.
        Assert.InRange(f.Point.Average(), 0, 0.35); // true mean 0.16
        Assert.True(f.Upper95.Max() >= 1);
        Assert.Contains(f.Reasons, r => r.Contains("sold on only"));
    }

    [Fact]
    public void A_trend_with_weekly_rhythm_is_followed_and_beats_repeating_last_week()
    {
        var rng = new Random(11);
        double[] week = [0.8, 0.9, 0.9, 1.0, 1.1, 1.4, 1.2];
        var units = Enumerable.Range(0, 500).Select(t => Math.Max(0, (10 + 0.03 * t) * week[t % 7] + Gaussian(rng))).ToArray();
        var f = Forecast(units);
        var expected = Enumerable.Range(500, 28).Select(t => (10 + 0.03 * t) * week[t % 7]).ToArray();
        Assert.True(f.Point.Zip(expected).Average(p => Math.Abs(p.First - p.Second)) < 1.2);
        Assert.True(f.Accuracy.Mase < f.Accuracy.SeasonalNaiveMase);
    }

    [Fact]
    public void Short_or_empty_histories_still_get_a_forecast_with_a_reason()
    {
        var shortOne = Forecast([1, 0, 2, 1, 3, 0, 1, 2, 1, 1]);
        Assert.Equal(28, shortOne.Point.Length);
        Assert.Equal(1.2, shortOne.Point[0], 6);
        Assert.Contains("Only 10 days", shortOne.Reasons[0]);
        var none = Forecast(new double[100]);
        Assert.All(none.Point.Concat(none.Upper95), v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_forecast_survives_a_json_round_trip()
    {
        var f = Forecast(Enumerable.Range(0, 200).Select(t => (double)(t % 7)).ToArray());
        var options = new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        var back = JsonSerializer.Deserialize<DemandForecast>(JsonSerializer.Serialize(f, options), options)!;
        Assert.Equal(f.Point, back.Point);
        Assert.Equal(f.Reasons, back.Reasons);
        Assert.Equal(f.Accuracy, back.Accuracy);
        Assert.Equal(f.Parameters["candidates"], back.Parameters["candidates"]);
    }

    private static double Gaussian(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
