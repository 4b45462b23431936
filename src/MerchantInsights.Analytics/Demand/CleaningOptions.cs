namespace MerchantInsights.Analytics.Demand;

/// <summary>The rules of the demand cleaner; defaults are what every engine reads.</summary>
public sealed record CleaningOptions
{
    /// <summary>A negative line cancels earlier sales of the same customer (or order) and product up to this many days before it.</summary>
    public int CancellationWindowDays { get; init; } = 7;
    /// <summary>Prices at or below this are never real prices (0.00, 0.001 and 0.01 placeholders).</summary>
    public double MinRealPrice { get; init; } = 0.01;
    /// <summary>A line priced under this share of the product's median price is free (a sample, a test, a gift).</summary>
    public double FreeShareOfMedianPrice { get; init; } = 0.05;
    /// <summary>A one-off is at least this many times the product's median order quantity…</summary>
    public double OneOffTimesMedian { get; init; } = 20;
    /// <summary>…and this many times its upper-quartile order quantity…</summary>
    public double OneOffTimesUpperQuartile { get; init; } = 6;
    /// <summary>…and at least this many units…</summary>
    public double OneOffMinUnits { get; init; } = 10;
    /// <summary>…and more than a typical month (28 days) of the product's other sales.</summary>
    public bool OneOffMustExceedMonth { get; init; } = true;
    /// <summary>Products with fewer sale lines than this are judged against the shop's usual order sizes.</summary>
    public int OwnReferenceLines { get; init; } = 8;
}
