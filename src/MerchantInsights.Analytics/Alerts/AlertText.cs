using System.Globalization;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>Numbers and days in alert reasons, culture-invariant ("3 Mar 2026", "12", "2.5", "19.99").</summary>
internal static class AlertText
{
    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Range(DateOnly from, DateOnly to) =>
        from == to ? Day(from) :
            $"{from.ToString("d MMM", CultureInfo.InvariantCulture)} – {to.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>Whole units when large, one decimal when small ("0.4 a day").</summary>
    public static string Units(double units)
        => units.ToString(units >= 10 || units == Math.Floor(units) ? "0" : "0.#", CultureInfo.InvariantCulture);

    public static string Price(double price) => price.ToString("0.00##", CultureInfo.InvariantCulture);

    public static string Times(double ratio) => ratio.ToString(ratio >= 10 ? "0" : "0.#", CultureInfo.InvariantCulture) + "×";

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
