namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Finds the price with the highest expected profit (revenue without a cost) on a fine grid inside the guardrails:
/// within ±MaxChange of today's price and at most MaxBeyondObserved outside the prices the product has sold at.
/// For ε &lt; −1 the unconstrained optimum is p* = c·ε/(1 + ε); for ε ≥ −1 it lies at the upper guardrail, and the
/// explanation says so. The price chosen is the one whose pessimistic profit (the low end of its 80% range, which widens
/// with the elasticity's uncertainty the further the price moves from today's) is highest: a product whose response is
/// well measured moves to (nearly) its expected optimum, an uncertain one takes a step toward it as far as its range
/// supports, instead of jumping to the guardrail. O(grid).
/// </summary>
internal static class PriceSuggester
{
    public static PriceSuggestion Suggest(DemandCurve curve, string category, string verdict, PricingOptions options)
    {
        var current = curve.ReferencePrice;
        var lower = Math.Min(current, Math.Max(current * (1 - options.MaxChange),
            curve.MinObservedPrice * (1 - options.MaxBeyondObserved)));
        var upper = Math.Max(current, Math.Min(current * (1 + options.MaxChange),
            curve.MaxObservedPrice * (1 + options.MaxBeyondObserved)));
        var profit = curve.UnitCost is not null;
        double Objective(WhatIf w) => profit ? w.Profit!.Value : w.Revenue;
        double Cautious(WhatIf w) => profit ? w.ProfitLow!.Value : w.RevenueLow;
        var best = Enumerable.Range(0, 401).Select(i => Math.Round(lower + (upper - lower) * i / 400, 2))
            .Append(Math.Round(current, 2)).Select(p => curve.At(p)).MaxBy(w => options.CautiousSteps ? Cautious(w) : Objective(w))!;
        var now = curve.At(current);
        double Change(double elasticity)
        {
            var alternative = curve with { Elasticity = elasticity };
            var before = Objective(alternative.At(current));
            return Math.Abs(before) < 1e-12 ? 0 : 100 * (Objective(alternative.At(best.Price)) - before) / Math.Abs(before);
        }
        var change = Change(curve.Elasticity);
        var (a, b) = (Change(curve.Low80), Change(curve.High80));
        var why = Why(curve, category, verdict, best.Price, current, lower, upper, change, Math.Min(a, b), Math.Max(a, b), profit);
        return new PriceSuggestion(Math.Round(current, 2), best.Price, curve.UnitCost is { } c ? Math.Round(c, 2) : null, curve.CostAssumed,
            best.Units, best.Revenue, best.Profit, change, Math.Min(a, b), Math.Max(a, b), profit ? "profit" : "revenue", why);
    }

    private static string Why(DemandCurve curve, string category, string verdict, double price, double current, double lower, double upper,
        double change, double low, double high, bool profit)
    {
        var e = curve.Elasticity;
        var what = profit ? "profit" : "revenue";
        var response = e < 0
            ? $"Demand falls about {-e:0.0}% for every 1% price rise (80% range {-curve.High80:0.0}–{-curve.Low80:0.0}%)."
            : $"Sales did not fall when the price rose (estimate {e:0.0}), which usually means other things moved with the price.";
        if (verdict == ElasticityEstimate.NotEnoughVariation)
            response = $"The price has hardly changed, so we use the typical response of " +
                $"{(string.IsNullOrEmpty(category) ? "your products" : category)}: demand falls about {-e:0.0}% per 1% rise.";
        var move = Math.Abs(price - current) < 0.005
            ? $"Today's price {current:0.00} is already the best expected {what} within the guardrails ({lower:0.00}–{upper:0.00})."
            : $"Best expected {what} at {price:0.00} instead of {current:0.00}: {change:+0;-0}% {what} (80% range {low:+0;-0}% to " +
                $"{high:+0;-0}%).";
        if (Math.Abs(price - upper) < 0.01 && price > current)
            move += profit && e > -1
                ? $" Demand reacts little to price, so more {what} keeps coming with a higher price; we stop at the guardrail " +
                    $"({upper:0.00}). Raise it step by step and watch sales."
                : $" The best price lies beyond the guardrail; we stop at {upper:0.00}.";
        if (Math.Abs(price - lower) < 0.01 && price < current) move += $" We stop at the lower guardrail ({lower:0.00}).";
        if (curve.CostAssumed) move +=
            $" The unit cost ({curve.UnitCost:0.00}) is assumed from a typical margin; enter your own for a better answer.";
        return response + " " + move;
    }
}
