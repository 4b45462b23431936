namespace MerchantInsights.Analytics.Forecasting;

/// <summary>A product's daily forecast from <see cref="FirstForecastDay"/> on, with 80% and 95% ranges, how it was made and how accurate it
/// was.</summary>
public sealed record DemandForecast(string ProductId, DateOnly FirstForecastDay, double[] Point, double[] Lower80, double[] Upper80,
    double[] Lower95, double[] Upper95, string Method, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Reasons,
    ForecastAccuracy Accuracy);

/// <summary>
/// Back-test accuracy: <see cref="Mase"/> of the chosen method and of repeating last week on the same origins
/// (MASE, seasonal period 7), and the share of back-test days inside the 80% and 95% ranges.
/// </summary>
public sealed record ForecastAccuracy(double Mase, double SeasonalNaiveMase, double Coverage80, double Coverage95, int BacktestOrigins,
    int BacktestDays);
