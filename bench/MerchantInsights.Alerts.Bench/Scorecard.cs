using System.Globalization;
using MerchantInsights.Analytics.Alerts;

namespace MerchantInsights.Alerts.Bench;

/// <summary>
/// Scores flags against what was planted: per kind the share of planted anomalies flagged (recall) and of flags that hit
/// one (precision); false flags per 100 product-months outside the shop-wide peaks, on peak days, and on promotion days.
/// </summary>
public sealed record Scorecard(Dictionary<string, (int Planted, int Found, int Flags, int True)> Kinds, int FalseOutsidePeaks, int FalseOnPeaks,
    int FalseOnPromotions, double ProductMonths)
{
    public static Scorecard Score(SimulatedShop shop, IReadOnlyList<SalesAlert> alerts, IEnumerable<AlertKind> kinds)
    {
        var result = new Dictionary<string, (int, int, int, int)>();
        foreach (var kind in kinds)
        {
            foreach (var (label, outage) in kind == AlertKind.Drop ? new[] { ("drop", (bool?)false), ("outage", true) } : [(AlertKinds.Name(kind), (bool?)null)])
            {
                var planted = shop.Planted.Where(p => p.Kind == kind && (outage is null || p.Outage == outage)).ToList();
                var flags = alerts.Where(a => a.Kind == kind).ToList();
                result[label] = (planted.Count, planted.Count(p => flags.Any(p.Matches)), outage == true ? 0 : flags.Count,
                    outage == true ? 0 : flags.Count(a => shop.Planted.Any(p => p.Matches(a))));
            }
        }
        var falseFlags = alerts.Where(a => kinds.Contains(a.Kind) && !shop.Planted.Any(p => p.Matches(a))).ToList();
        bool OnPeak(SalesAlert a) => Days(a).Any(shop.PeakDays.Contains);
        bool OnPromotion(SalesAlert a) => Days(a).Any(d => shop.PromotionDays.Contains((a.ProductId, d)));
        return new Scorecard(result, falseFlags.Count(a => !OnPeak(a)), falseFlags.Count(OnPeak), falseFlags.Count(OnPromotion), shop.Products * shop.Days / 30.44);
    }

    private static IEnumerable<DateOnly> Days(SalesAlert a) => Enumerable.Range(0, a.To.DayNumber - a.From.DayNumber + 1).Select(a.From.AddDays);

    public override string ToString()
    {
        var parts = Kinds.Select(k => $"{k.Key} recall {Share(k.Value.Found, k.Value.Planted)} ({k.Value.Found}/{k.Value.Planted})"
            + (k.Key == "outage" ? "" : $" precision {Share(k.Value.True, k.Value.Flags)}"));
        return string.Join("; ", parts) + string.Create(CultureInfo.InvariantCulture,
            $"\n    false flags: {FalseOutsidePeaks} outside peaks = {100 * FalseOutsidePeaks / ProductMonths:0.00} per 100 product-months; {FalseOnPeaks} on peak days; {FalseOnPromotions} on promotion days");
    }

    private static string Share(int a, int b) => b == 0 ? "–" : (a / (double)b).ToString("0%", CultureInfo.InvariantCulture);
}
