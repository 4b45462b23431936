namespace MerchantInsights.Analytics.Stock;

/// <summary>Settings of the reorder calculation. The defaults are the CLI contract's (95% service level, no review period).</summary>
public sealed record ReorderOptions
{
    /// <summary>The chance that demand over the lead time stays at or below the reorder point (cycle service level).</summary>
    public double ServiceLevel { get; init; } = 0.95;

    /// <summary>The lead time is capped here; longer lead times are forecast as if this long (a year is already a guess).</summary>
    public const int MaxLeadTimeDays = 365;

    /// <summary>Stock is projected at most this far ahead when looking for the stock-out day.</summary>
    public const int MaxProjectionDays = 730;

    /// <summary>
    /// A flat forecast (too little history to back-test) has Poisson ranges that know nothing of how uncertain its rate is;
    /// the rate was an average of about this many days, so its level error is the error of such an average.
    /// </summary>
    public int FlatRateDays { get; init; } = 28;

    /// <summary>
    /// The level error is at most this share of the day's expected units (the forecast off by more than half for weeks
    /// on end). Daily ranges of slow sellers are wide from single lumpy days, not from the level; read whole as level
    /// error they tripled reorder points on the demo shop's held-out weeks.
    /// </summary>
    public double MaxLevelShare { get; init; } = 0.5;
}
