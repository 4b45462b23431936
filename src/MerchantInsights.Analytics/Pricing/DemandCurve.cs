namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Constant-elasticity demand around today's price: units(p) = units(p₀)·(p/p₀)^ε. The 80% range combines the
/// elasticity's uncertainty, which grows with the distance from today's price, and the level's (LevelLogSd).
/// Evaluating it is a handful of arithmetic operations, so pricing sliders never retrain anything.
/// </summary>
public sealed record DemandCurve(double ReferencePrice, double ReferenceUnitsPerDay, double Elasticity, double Low80, double High80,
    double? UnitCost, bool CostAssumed, double MinObservedPrice, double MaxObservedPrice, double LevelLogSd = 0)
{
    private const double Z80 = 1.2815515655446004;

    /// <summary>Expected units, revenue and profit per day at <paramref name="price"/>, with their 80% ranges (profit with
    /// <paramref name="unitCost"/>, else the curve's own).</summary>
    public WhatIf At(double price, double? unitCost = null)
    {
        var cost = unitCost ?? UnitCost;
        price = Math.Max(price, 1e-9);
        var logRatio = Math.Log(price / ReferencePrice);
        var units = ReferenceUnitsPerDay * Math.Exp(Elasticity * logRatio);
        var elasticitySd = (High80 - Low80) / (2 * Z80);
        var logSd = Math.Sqrt(elasticitySd * elasticitySd * logRatio * logRatio + LevelLogSd * LevelLogSd);
        var (low, high) = (units * Math.Exp(-Z80 * logSd), units * Math.Exp(Z80 * logSd));
        double? Profit(double u) => cost is { } c ? (price - c) * u : null;
        var (p1, p2) = (Profit(low), Profit(high));
        return new WhatIf(price, units, low, high, price * units, price * low, price * high, Profit(units),
            p1 is null ? null : Math.Min(p1.Value, p2!.Value), p1 is null ? null : Math.Max(p1.Value, p2!.Value));
    }
}
