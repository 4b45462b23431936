namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// What one product's history says before pooling: today's price (median of the last 28 selling days), the observed
/// price range, the measured elasticity when the price varied enough, and the recent demand level to anchor the curve.
/// </summary>
internal sealed class ProductFit
{
    private DemandDesign _design = default!;
    private double[] _fitted = [];
    /// <summary>The rows' weights before days it could not be bought were left out (null: none were).</summary>
    private double[]? _weightsInStock;

    public required ProductPriceHistory History { get; init; }
    public double CurrentPrice { get; private init; }
    public double MinPrice { get; private init; }
    public double MaxPrice { get; private init; }
    public int PricedDays { get; private init; }
    public (double Estimate, double Se)? Measured { get; private set; }
    public double LevelLogSd { get; private set; }
    /// <summary>How many times the price moved by more than 2% (promotions start and end count as two).</summary>
    public int PriceChanges { get; private set; }
    /// <summary>Units sold and expected (at the regular price, by the fit) on the days left out as promotion dips.</summary>
    public (double Sold, double Expected) Dips { get; private set; }
    /// <summary>Were its promotions read together with the week after each (the shop's buyers stock up)?</summary>
    public bool PromotionsWithWeekAfter { get; private set; }
    /// <summary>The fit's quasi-Poisson dispersion (1 = Poisson).</summary>
    public double Dispersion { get; private set; } = 1;
    /// <summary>Extra lift of a promotion day beyond its price (log scale; 0 when promotions are not modelled apart).</summary>
    public double PromotionLift { get; private set; }

    /// <summary>Re-weighing steps for unsold days' prices; each refit starts from the last, so it costs a few IRLS iterations.</summary>
    private const int EmSteps = 2;

    /// <summary>Sitewide sale days left out of the fit (0 when the product had none, or no other price variation).</summary>
    public int SitewideDaysLeftOut { get; private set; }
    /// <summary>Days left out as unsold far longer than its demand allows (out of stock or unlisted; 0: none).</summary>
    public int UnavailableDaysLeftOut { get; private set; }
    /// <summary>How many of its discounts had unsold days around them, placed by how long the shop's discounts last (0: none).</summary>
    public int DiscountsAmongUnsoldDays { get; private set; }

    /// <param name="h">The product's history.</param>
    /// <param name="options">The pricing options.</param>
    /// <param name="shopIndex">The shop's demand index over its days (null: none).</param>
    /// <param name="sitewide">The shop's sitewide sale days over its days (null: none). Such a day's extra shoppers cannot be
    /// told from its discount, so the days are left out when the product's price varied enough without them.</param>
    public static ProductFit? Measure(ProductPriceHistory h, PricingOptions options, double[]? shopIndex = null, bool[]? sitewide = null)
    {
        var start = Math.Max(0, h.DailyUnits.Length - options.HistoryDays);
        var priced = Enumerable.Range(start, h.DailyUnits.Length - start).Where(t => h.PriceOn(t) is > 0 && h.DailyUnits[t] > 0).ToList();
        if (priced.Count == 0) return null;
        var recent = priced.Where(t => t >= h.DailyUnits.Length - 28).Select(t => h.PriceOn(t)!.Value).Order().ToList();
        var current = recent.Count > 0 ? recent[recent.Count / 2] : h.PriceOn(priced[^1])!.Value;
        var prices = priced.Select(t => h.PriceOn(t)!.Value).ToList();
        var fit = new ProductFit { History = h, CurrentPrice = current, MinPrice = prices.Min(), MaxPrice = prices.Max(),
            PricedDays = priced.Count };
        return fit.Estimate(options, shopIndex, sitewide) ? fit : null;
    }

    private bool Estimate(PricingOptions options, double[]? shopIndex, bool[]? sitewide)
    {
        if (DemandDesign.Build(History, options, CurrentPrice, withPrice: true, shopIndex) is not { } withPrice) return false;
        PriceChanges = withPrice.PriceChanges;
        var measurable = withPrice.LogPriceSpread() >= options.MinLogPriceSpread && PricedDays >= 10;
        // Sitewide sale days are left out when most of the product's price variation lies outside them (its price information,
        // n × the variance of ln price, keeps at least half); where the sales are its main variation they stay in.
        if (measurable && sitewide is not null && sitewide.Any(d => d)
            && DemandDesign.Build(History, options, CurrentPrice, withPrice: true, shopIndex, sitewide) is { } without
            && without.LogPriceSpread() >= options.MinLogPriceSpread
            && PriceInformation(without) >= 0.5 * PriceInformation(withPrice))
        {
            SitewideDaysLeftOut = withPrice.Day.Distinct().Count() - without.Day.Distinct().Count();
            withPrice = without;
        }
        var design = measurable ? withPrice : DemandDesign.Build(History, options, CurrentPrice, withPrice: false, shopIndex)!;
        // Only gaps between two prices need the discounts' lengths (the engine passes the shop's; alone, the product's own).
        var discounts = design.Gaps.Length > 0 ? options.DiscountLengths ?? DiscountLength.Of([History]) : null;
        // The first guess of where each gap's price changed comes from the prior alone (no fit yet: no expected units).
        if (discounts is not null)
            design = design with { Weights = UnsoldDays.Reweigh(design, new double[design.Units.Length], discounts) };
        // The last fit also gives errors that allow for shocks lasting several days (days: SerialCorrelation).
        var glm = PoissonFit.Fit(design.Rows, design.Units, design.Offset, weights: design.Weights, groups: design.Episode,
            days: design.Gaps.Length == 0 ? design.Day : null);
        // Where the price changed inside a run of unsold days is re-weighed from the fit and refitted (EM, UnsoldDays).
        for (var step = 0; step < EmSteps && glm is not null && discounts is not null; step++)
        {
            design = design with { Weights = UnsoldDays.Reweigh(design, glm.Fitted, discounts) };
            glm = PoissonFit.Fit(design.Rows, design.Units, design.Offset, maxIterations: 4, weights: design.Weights,
                start: glm.Coefficients, groups: design.Episode, days: step == EmSteps - 1 ? design.Day : null) ?? glm;
        }
        if (glm is not null && options.LeaveOutUnavailableDays
            && UnavailableDays.Runs(design, glm.Fitted, glm.Dispersion) is { Count: > 0 } runs)
        {
            // Days it could not be bought teach nothing about price: left out, and the fit read again without them.
            (_weightsInStock, var weights) = (design.Weights, (double[])design.Weights.Clone());
            var unavailable = runs.SelectMany(run => run).ToList();
            foreach (var r in unavailable) weights[r] = 0;
            design = design with { Weights = weights };
            glm = PoissonFit.Fit(design.Rows, design.Units, design.Offset, maxIterations: 6, weights: design.Weights,
                start: glm.Coefficients, groups: design.Episode, days: design.Day) ?? glm;
            UnavailableDaysLeftOut = unavailable.Select(r => design.Day[r]).Distinct().Count();
        }
        if (glm is not null && design.Promotion.Any(p => p)) PromotionLift = glm.Coefficients[^1];
        _design = design;
        PromotionsWithWeekAfter = measurable && design.Episode is { } episodes && episodes.Any(e => e >= 0);
        DiscountsAmongUnsoldDays = measurable && options.UnsoldDayPrices ? UnsoldDays.Discounts(design) : 0;
        _fitted = glm?.Fitted ?? design.Units.Select(_ => design.Units.Average()).ToArray();
        if (measurable && glm is not null && double.IsFinite(glm.StandardErrors[1]) && glm.StandardErrors[1] > 0)
            Measured = (glm.Coefficients[1], glm.StandardErrors[1]);
        if (glm is not null)
        {
            Dispersion = glm.Dispersion;
            var beta = glm.Coefficients;
            var (sold, expected) = (design.LeftOutDips.Sum(d => d.Units),
                design.LeftOutDips.Sum(d => Math.Exp(Math.Clamp(d.Row.Select((x, a) => x * beta[a]).Sum() + d.Offset, -30, 20))));
            for (var r = 0; r < design.Units.Length; r++)
                if (design.AfterPromotion[r]) (sold, expected) = (sold + design.Weights[r] * design.Units[r], expected
                    + design.Weights[r] * glm.Fitted[r]);
            Dips = (sold, expected);
        }
        var lastDay = design.Day[^1];
        var recentUnits = design.Units.Where((_, r) => design.Day[r] > lastDay - 56).Sum();
        LevelLogSd = Math.Sqrt((glm?.Dispersion ?? 1) / Math.Max(1, recentUnits));
        return true;
    }

    /// <summary>What a design's prices can teach: its days × the variance of their ln price.</summary>
    private static double PriceInformation(DemandDesign design) => design.Weights.Sum() * Math.Pow(design.LogPriceSpread(), 2);

    /// <summary>
    /// Expected units a day at today's price: the last 28 days' fitted demand with the price effect taken out (each day
    /// moved to today's price with the measured elasticity), averaged. Without a price term the fit is already at it.
    /// </summary>
    public double UnitsAtCurrentPrice()
    {
        var (sum, days) = (0.0, 0.0);
        var lastDay = _design.Day[^1];
        for (var t = _fitted.Length - 1; t >= 0 && _design.Day[t] > lastDay - 28; t--)
        {
            // A day it could not be bought counts at what the fit expects had it been (the level is meant in stock).
            var w = (_weightsInStock ?? _design.Weights)[t];
            days += w;
            sum += w * (_design.HasPriceColumn && Measured is { } m
                ? _fitted[t] * Math.Exp(-m.Estimate * Math.Log(_design.Price[t] / CurrentPrice) - (_design.Promotion[t] ? PromotionLift
                    : 0))
                : _fitted[t]);
        }
        return days <= 0 ? 0 : Math.Max(0, sum / days);
    }
}
