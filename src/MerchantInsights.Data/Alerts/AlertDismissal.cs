namespace MerchantInsights.Data.Alerts;

/// <summary>
/// An alert the owner dismissed, by its stable key (kind, product, first day, order): kept across retrains and
/// re-imports, so the same flag found again stays dismissed.
/// </summary>
public sealed class AlertDismissal
{
    public required string Key { get; set; }
    public DateTime DismissedAt { get; set; }
}
