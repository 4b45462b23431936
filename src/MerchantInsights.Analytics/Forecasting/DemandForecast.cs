using System.Text.Json.Serialization;

namespace MerchantInsights.Analytics.Forecasting;

/// <summary>A product's daily forecast from <see cref="FirstForecastDay"/> on, with 80% and 95% ranges, how it was made and how accurate it
/// was. <paramref name="ExpectedUnits"/>: the shop-wide model's expected (mean) units over the whole horizon, when there is one — for a
/// product sold in lumps the typical day (<see cref="Point"/>, chosen because it errs least day by day) is 0 on most days, so its sum
/// says nothing about the month.</summary>
public sealed record DemandForecast(string ProductId, DateOnly FirstForecastDay, double[] Point, double[] Lower80, double[] Upper80,
    double[] Lower95, double[] Upper95, string Method, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Reasons,
    ForecastAccuracy Accuracy, double? ExpectedUnits = null)
{
    /// <summary>The units to expect over the horizon: the sum of the typical days, unless the shop-wide model expects more than twice
    /// that — a product sold in lumps, whose typical day is 0 (Online Retail: 218 products with 10+ units in the last 28 days summed to
    /// 0) — then the model's expected total.</summary>
    [JsonIgnore] // derived: not stored with the forecast
    public double UnitsOverHorizon => SoldInLumps ? ExpectedUnits!.Value : Point.Sum();

    /// <summary>Whether <see cref="UnitsOverHorizon"/> is the shop-wide model's total rather than the sum of the typical days (the
    /// page then says why the line sits near 0).</summary>
    [JsonIgnore]
    public bool SoldInLumps => ExpectedUnits is { } e && e > 2 * Point.Sum();
}

/// <summary>
/// Back-test accuracy: <see cref="Mase"/> of the chosen method and of repeating last week on the same origins
/// (MASE, seasonal period 7), and the share of back-test days inside the 80% and 95% ranges.
/// </summary>
public sealed record ForecastAccuracy(double Mase, double SeasonalNaiveMase, double Coverage80, double Coverage95, int BacktestOrigins,
    int BacktestDays);
