using System.Globalization;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// One flag for the owner: the product, the day (or run of days <see cref="From"/>–<see cref="To"/>), the order for
/// line flags, what was seen (<see cref="Value"/>: units, or the unit price for odd prices) against what was expected,
/// and the reason in plain words with the numbers.
/// </summary>
public sealed record SalesAlert(AlertKind Kind, string ProductId, DateOnly From, DateOnly To, string? OrderId, double Value,
    double Expected,
    AlertSeverity Severity, string Reason)
{
    /// <summary>
    /// The identity a dismissal remembers: kind, product, first day and order. It survives retrains and re-imports, and a
    /// drop still running keeps its key as more zero days arrive.
    /// </summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{AlertKinds.Name(Kind)}|{ProductId}|{From:yyyy-MM-dd}|{OrderId}");
}
