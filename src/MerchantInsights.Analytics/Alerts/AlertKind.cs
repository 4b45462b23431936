namespace MerchantInsights.Analytics.Alerts;

/// <summary>What an alert is about: a day's units far above or a run of days far below what was expected, or an odd order line.</summary>
public enum AlertKind
{
    /// <summary>A day with far more units than expected.</summary>
    Spike,
    /// <summary>A run of days with far fewer units than expected.</summary>
    Drop,
    /// <summary>One order line far larger than the product usually sells in one order.</summary>
    LargeOrder,
    /// <summary>An order line at a unit price far from the product's usual price.</summary>
    OddPrice,
}

/// <summary>How much an alert deserves the owner's attention today.</summary>
public enum AlertSeverity
{
    /// <summary>For the record: unusual, but small.</summary>
    Low,
    /// <summary>Worth a look soon.</summary>
    Medium,
    /// <summary>Needs a look today (a listing that may be down now, a price far too low).</summary>
    High,
}

/// <summary>The stable names of the kinds in files and URLs (the CSV contract: spike, drop, large_order, odd_price).</summary>
public static class AlertKinds
{
    /// <summary>The file and URL name of a kind ("large_order").</summary>
    public static string Name(AlertKind kind) => kind switch
    {
        AlertKind.Spike => "spike",
        AlertKind.Drop => "drop",
        AlertKind.LargeOrder => "large_order",
        _ => "odd_price",
    };

    /// <summary>The kind a file or URL name stands for; null for an unknown name.</summary>
    public static AlertKind? Parse(string? name) => name switch
    {
        "spike" => AlertKind.Spike,
        "drop" => AlertKind.Drop,
        "large_order" => AlertKind.LargeOrder,
        "odd_price" => AlertKind.OddPrice,
        _ => null,
    };
}
