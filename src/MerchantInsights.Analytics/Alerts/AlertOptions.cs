using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>The thresholds of the alert rules, named once; the defaults are the ones measured in
/// bench/MerchantInsights.Alerts.Bench.</summary>
public sealed record AlertOptions
{
    /// <summary>A day is judged against the days up to this many days before and after it.</summary>
    public int WindowDays { get; init; } = 28;
    /// <summary>Products selling at least this many units on a usual day are judged per weekday (same weekday, ±8 weeks).</summary>
    public double WeekdayMinUnits { get; init; } = 3;
    /// <summary>How many weeks before and after a day the same weekday is compared over (8: ±8 weeks).</summary>
    public int WeekdayWeeks { get; init; } = 8;
    /// <summary>A day (or run) is judged only with at least this many trading days around it (a new product's first weeks are
    /// not).</summary>
    public int MinReferenceDays { get; init; } = 14;

    /// <summary>A spike is at least this many times the expected units and the product's usual selling day…</summary>
    public double SpikeTimes { get; init; } = 3;
    /// <summary>…this many times the busiest other day in the window (in index units)…</summary>
    public double SpikeOverBusiest { get; init; } = 1.5;
    /// <summary>…at least this many units…</summary>
    public double SpikeMinUnits { get; init; } = 6;
    /// <summary>…and this unlikely under the day's usual spread (overdispersed Poisson upper tail).</summary>
    public double SpikeTail { get; init; } = 1e-5;

    /// <summary>A drop is a run of days each at most this share of its expected units…</summary>
    public double DropShare { get; init; } = 0.25;
    /// <summary>…at least this many days long…</summary>
    public int DropMinDays { get; init; } = 3;
    /// <summary>…on a product usually selling at least this many units a day…</summary>
    public double DropMinDailyUnits { get; init; } = 1;
    /// <summary>…missing at least this many units in all…</summary>
    public double DropMinMissingUnits { get; init; } = 8;
    /// <summary>…and this unlikely under the usual spread (overdispersed Poisson lower tail).</summary>
    public double DropTail { get; init; } = 3e-4;
    /// <summary>A past gap longer than this is the product being off sale (seasonal, paused), not a drop; a gap up to the last day always
    /// counts.</summary>
    public int MaxPastDropDays { get; init; } = 42;

    /// <summary>A line priced this many times above or below the product's usual price around that day is an odd price.</summary>
    public double OddPriceTimes { get; init; } = 4;
    /// <summary>…and this many robust standard deviations (1.4826 × MAD of the log daily prices around it) away, so products whose price
    /// always varies widely are left alone.</summary>
    public double OddPriceDeviations { get; init; } = 6;
    /// <summary>…and not be the price of this many other orders within the window (a deliberate price).</summary>
    public int OddPriceRepeats { get; init; } = 2;

    /// <summary>A day priced this share or more below the product's regular price is a promotion: its extra units are expected.</summary>
    public double PromotionShare { get; init; } = ShopDemandIndex.PromotionShare;
}
