namespace MerchantInsights.Analytics.Stock;

/// <summary>
/// What a product's recent days say about how its lead-time demand spreads: lumpiness (<see cref="DemandNoise"/>),
/// mean units a day over the last 28 and 91 days, and the share of the last 91 days without a sale. The last two
/// place it in a group of similar products (<see cref="LeadTimeCalibration"/>). O(n) in the days read.
/// </summary>
public sealed record RecentDemand(double Dispersion, double Mean28, double Mean91, double ZeroShare)
{
    /// <summary>Days read for the group's volume and share of days without a sale: the last 91 (13 weeks).</summary>
    public const int GroupDays = 91;

    /// <summary>Nothing known: Poisson lumpiness, no sales.</summary>
    public static RecentDemand None { get; } = new(1, 0, 0, 1);

    /// <summary>From the product's daily units up to the day before the lead time starts (the last element is the last day).</summary>
    public static RecentDemand From(IReadOnlyList<double> units) => From(units, units.Count, DemandNoise.Dispersion(units));

    /// <summary>As of the day <paramref name="end"/> (exclusive), with a lumpiness measured elsewhere.</summary>
    internal static RecentDemand From(IReadOnlyList<double> units, int end, double dispersion)
    {
        var (sum28, sum91, zeros) = (0.0, 0.0, 0);
        var (n28, n91) = (Math.Min(28, end), Math.Min(GroupDays, end));
        for (var t = end - n91; t < end; t++)
        {
            var v = double.IsFinite(units[t]) ? Math.Max(0, units[t]) : 0;
            sum91 += v;
            if (t >= end - n28) sum28 += v;
            if (v <= 0) zeros++;
        }
        return n91 == 0 ? None with { Dispersion = dispersion } : new(dispersion, sum28 / n28, sum91 / n91, zeros / (double)n91);
    }
}
