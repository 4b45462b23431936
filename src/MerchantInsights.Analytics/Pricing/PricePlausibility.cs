namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// No price row may expect more than <see cref="Limit"/>× the product's best day ever. When the fitted level does (a
/// model pushed by a few odd days), the curve is re-anchored on the plain average of the last 8 weeks and the suggestion
/// recomputed; if even that is beyond the limit, today's price is kept. The explanation says so. O(n).
/// </summary>
public static class PricePlausibility
{
    /// <summary>No price row (today's or the suggested price) may expect more units a day than this many times the product's
    /// best day.</summary>
    public const double Limit = 3;

    /// <summary>The pricing unchanged when plausible, otherwise with the suggestion recomputed (or today's price kept) and the explanation
    /// saying so.</summary>
    public static ProductPricing Guard(ProductPricing pricing, IReadOnlyList<double> dailyUnits, Func<DemandCurve, PriceSuggestion> suggest)
    {
        var best = dailyUnits.Count == 0 ? 0 : dailyUnits.Max();
        if (Plausible(pricing.Curve, pricing.Suggestion, best)) return pricing;
        var recent = dailyUnits.Skip(Math.Max(0, dailyUnits.Count - 56)).ToArray();
        var plain = recent.Length == 0 ? 0 : recent.Average();
        var fitted = pricing.Curve.At(pricing.Curve.ReferencePrice).Units;
        var note = $" The fitted model expected {fitted:N1} a day at today's price, beyond anything this product has sold (best day " +
            $"{best:N0}), so the level is the plain average of the last 8 weeks ({plain:N1} a day).";
        var curve = pricing.Curve with { ReferenceUnitsPerDay = plain };
        var suggestion = suggest(curve);
        if (!Plausible(curve, suggestion, best))
        {
            var now = curve.At(curve.ReferencePrice);
            suggestion = suggestion with
            {
                SuggestedPrice = Math.Round(curve.ReferencePrice, 2), ExpectedUnitsPerDay = now.Units, ExpectedRevenuePerDay = now.Revenue,
                ExpectedProfitPerDay = now.Profit, ChangePct = 0, ChangeLowPct = 0, ChangeHighPct = 0,
                Why = "Today's price is kept: no price change can be judged when the expected sales would be beyond anything this " +
                    "product has sold.",
            };
        }
        return pricing with { Curve = curve, Suggestion = suggestion with { Why = suggestion.Why + note } };
    }

    private static bool Plausible(DemandCurve curve, PriceSuggestion suggestion, double best)
    {
        var now = curve.At(curve.ReferencePrice).Units;
        return double.IsFinite(now) && double.IsFinite(suggestion.ExpectedUnitsPerDay)
            && now <= Limit * best + 1e-9 && suggestion.ExpectedUnitsPerDay <= Limit * best + 1e-9;
    }
}
