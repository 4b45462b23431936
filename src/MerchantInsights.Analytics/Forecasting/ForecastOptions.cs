namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// Options with ML.NET SsaForecasting's names where they mean the same: window size, rank, horizon, confidence levels.
/// Null means "choose automatically by back-test".
/// </summary>
public sealed record ForecastOptions
{
    /// <summary>Days to forecast after the last day of history.</summary>
    public int Horizon { get; init; } = 28;
    /// <summary>SSA window length L in days (rounded to a multiple of 7).</summary>
    public int? WindowSize { get; init; }
    /// <summary>SSA rank: how many leading components are kept.</summary>
    public int? Rank { get; init; }
    /// <summary>Rolling origins of the back-test, one week apart; each forecasts the horizon.</summary>
    public int BacktestOrigins { get; init; } = 6;
    /// <summary>Use only the most recent days (ML.NET's series length); two years covers one yearly repeat.</summary>
    public int SeriesLength { get; init; } = 735;
}
