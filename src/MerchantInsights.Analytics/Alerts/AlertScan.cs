namespace MerchantInsights.Analytics.Alerts;

/// <summary>What one scan found: the flags (newest first) and the unusual days left unflagged with the reason why.</summary>
public sealed record AlertScan(IReadOnlyList<SalesAlert> Alerts, IReadOnlyList<ExplainedDay> Explained)
{
    /// <summary>A scan that found nothing (no sales to scan).</summary>
    public static AlertScan Empty { get; } = new([], []);

    /// <summary>How many of the flags are of one kind.</summary>
    public int Count(AlertKind kind) => Alerts.Count(a => a.Kind == kind);
}
