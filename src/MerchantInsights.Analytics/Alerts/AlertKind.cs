namespace MerchantInsights.Analytics.Alerts;

/// <summary>What an alert is about: a day's units far above or a run of days far below what was expected, or an odd order line.</summary>
public enum AlertKind
{
    Spike,
    Drop,
    LargeOrder,
    OddPrice,
}

/// <summary>How much an alert deserves the owner's attention today.</summary>
public enum AlertSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>The stable names of the kinds in files and URLs (the CSV contract: spike, drop, large_order, odd_price).</summary>
public static class AlertKinds
{
    public static string Name(AlertKind kind) => kind switch
    {
        AlertKind.Spike => "spike",
        AlertKind.Drop => "drop",
        AlertKind.LargeOrder => "large_order",
        _ => "odd_price",
    };

    public static AlertKind? Parse(string? name) => name switch
    {
        "spike" => AlertKind.Spike,
        "drop" => AlertKind.Drop,
        "large_order" => AlertKind.LargeOrder,
        "odd_price" => AlertKind.OddPrice,
        _ => null,
    };
}
