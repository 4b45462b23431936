namespace MerchantInsights.Analytics.Alerts;

/// <summary>What one scan found: the flags (newest first) and the unusual days left unflagged with the reason why.</summary>
public sealed record AlertScan(IReadOnlyList<SalesAlert> Alerts, IReadOnlyList<ExplainedDay> Explained)
{
    public static AlertScan Empty { get; } = new([], []);

    public int Count(AlertKind kind) => Alerts.Count(a => a.Kind == kind);
}
