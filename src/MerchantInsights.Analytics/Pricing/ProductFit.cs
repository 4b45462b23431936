namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// What one product's history says before pooling: today's price (median of the last 28 selling days), the observed
/// price range, the measured elasticity when the price varied enough, and the recent demand level to anchor the curve.
/// </summary>
internal sealed class ProductFit
{
    private DemandDesign _design = default!;
    private double[] _fitted = [];

    public required ProductPriceHistory History { get; init; }
    public double CurrentPrice { get; private init; }
    public double MinPrice { get; private init; }
    public double MaxPrice { get; private init; }
    public int PricedDays { get; private init; }
    public (double Estimate, double Se)? Measured { get; private set; }
    public double LevelLogSd { get; private set; }
    /// <summary>How many times the price moved by more than 2% (promotions start and end count as two).</summary>
    public int PriceChanges { get; private set; }
    /// <summary>Extra lift of a promotion day beyond its price (log scale; 0 when promotions are not modelled apart).</summary>
    public double PromotionLift { get; private set; }

    public static ProductFit? Measure(ProductPriceHistory h, PricingOptions options, double[]? shopIndex = null)
    {
        var start = Math.Max(0, h.DailyUnits.Length - options.HistoryDays);
        var priced = Enumerable.Range(start, h.DailyUnits.Length - start).Where(t => h.PriceOn(t) is > 0 && h.DailyUnits[t] > 0).ToList();
        if (priced.Count == 0) return null;
        var recent = priced.Where(t => t >= h.DailyUnits.Length - 28).Select(t => h.PriceOn(t)!.Value).Order().ToList();
        var current = recent.Count > 0 ? recent[recent.Count / 2] : h.PriceOn(priced[^1])!.Value;
        var prices = priced.Select(t => h.PriceOn(t)!.Value).ToList();
        var fit = new ProductFit { History = h, CurrentPrice = current, MinPrice = prices.Min(), MaxPrice = prices.Max(), PricedDays = priced.Count };
        return fit.Estimate(options, shopIndex) ? fit : null;
    }

    private bool Estimate(PricingOptions options, double[]? shopIndex)
    {
        if (DemandDesign.Build(History, options, CurrentPrice, withPrice: true, shopIndex) is not { } withPrice) return false;
        PriceChanges = withPrice.PriceChanges;
        var measurable = withPrice.LogPriceSpread() >= options.MinLogPriceSpread && PricedDays >= 10;
        var design = measurable ? withPrice : DemandDesign.Build(History, options, CurrentPrice, withPrice: false, shopIndex)!;
        var glm = PoissonFit.Fit(design.Rows, design.Units, design.Offset);
        if (glm is not null && design.Promotion.Any(p => p)) PromotionLift = glm.Coefficients[^1];
        _design = design;
        _fitted = glm?.Fitted ?? design.Units.Select(_ => design.Units.Average()).ToArray();
        if (measurable && glm is not null && double.IsFinite(glm.StandardErrors[1]) && glm.StandardErrors[1] > 0)
            Measured = (glm.Coefficients[1], glm.StandardErrors[1]);
        var recentUnits = design.Units[^Math.Min(56, design.Units.Length)..].Sum();
        LevelLogSd = Math.Sqrt((glm?.Dispersion ?? 1) / Math.Max(1, recentUnits));
        return true;
    }

    /// <summary>
    /// Expected units a day at today's price: the last 28 days' fitted demand with the price effect taken out (each day
    /// moved to today's price with the measured elasticity), averaged. Without a price term the fit is already at it.
    /// </summary>
    public double UnitsAtCurrentPrice()
    {
        var n = _fitted.Length;
        var days = Math.Min(28, n);
        var sum = 0.0;
        for (var t = n - days; t < n; t++)
            sum += _design.HasPriceColumn && Measured is { } m
                ? _fitted[t] * Math.Exp(-m.Estimate * Math.Log(_design.Price[t] / CurrentPrice) - (_design.Promotion[t] ? PromotionLift : 0))
                : _fitted[t];
        return Math.Max(0, sum / days);
    }
}
