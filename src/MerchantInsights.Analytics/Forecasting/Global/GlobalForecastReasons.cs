namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>What drove a shop-wide model's forecast, in the shop owner's words, and how it measured against the alternatives.</summary>
internal static class GlobalForecastReasons
{
    /// <summary>The recent promotion price a product's "price back to normal" reason quotes; null unless it sold below its
    /// usual price on at least 15% of the last 28 days and below it on average — read from the price the model learned
    /// from and, when the shop has one, confirmed by the list price (<see cref="ShopProduct.ListPrice"/>): bigger orders at
    /// a lower unit price move the average price without any promotion.</summary>
    public static double? PromotionPrice(GlobalDemandModel model, string productId) =>
        model.LaneOf(productId) is { } lane && Promotion(lane, model.Shop.Days - 1) is { } p ? p.Relative * lane.Usual : null;

    /// <summary>The recent promotion on the model's price scale: its share of the last 28 days and mean price ÷ usual.</summary>
    private static (double Share, double Relative)? Promotion(ShopTimeline.Lane lane, int a)
    {
        static (double, double)? Below(ShopTimeline.Prices l, int a, double minShare) => l.Usual > 0 && l.PromoShare(a - 27, a) is var share
            && share >= minShare && l.RelativePrice(a - 27, a) is var relative && relative < 1 ? (share, relative) : null;
        return Below(lane, a, 0.15) is { } promo && (lane.List is null || Below(lane.List, a, 1e-9) is not null) ? promo : null;
    }

    /// <summary>The largest lift the reasons quote, and the strongest response (units change by more than 4% per 1% of
    /// price): beyond them the model is reading far outside the prices it saw, or bigger orders at tier prices, and a
    /// figure would mislead.</summary>
    private const double MaxQuotedLift = 1.0, MaxQuotedElasticity = 4;

    /// <summary>From this share of the last 28 days below the usual price on, the lower price is a lasting change (a
    /// clearance, a new price), not a promotion that ends.</summary>
    private const double LastingShare = 0.75;

    /// <summary>The reasons for a forecast the shop-wide model made or shares; <paramref name="atPromotion"/> is the model's
    /// forecast at <see cref="PromotionPrice"/>, made for all products in one pass.</summary>
    public static List<string> For(ShopProduct p, double[] point, string? blendedWith, GlobalDemandModel model, string group,
        double mase, double perProductMase, ShopForecastAccuracy shop, double[]? atPromotion, bool modelMedian)
    {
        var reasons = new List<string>
        {
            blendedWith is null
                ? $"Forecast by one model trained on all {model.Shop.Lanes.Count:N0} of your products' daily sales (gradient-boosted " +
                    $"trees, {Trainer(model.Options.Trainer)}): it learns calendar peaks, weekday patterns and price effects from the " +
                    $"whole shop."
                : $"The average of the shop-wide model (trained on all {model.Shop.Lanes.Count:N0} of your products' daily sales) and " +
                    $"this product's own method, {blendedWith.ToLowerInvariant()}: together they were more accurate for products like " +
                    $"this one.",
        };
        var lane = model.LaneOf(p.ProductId);
        var a = model.Shop.Days - 1;
        if (lane is not null)
        {
            var recent = lane.Mean(a - 27, a);
            var ahead = point.Take(28).Average();
            var lastYear = model.Shop.IndexMean(a + 1 - 364, a + point.Length - 364) / model.Shop.IndexMean(a - 27 - 364, a - 364);
            if (double.IsFinite(lastYear) && lastYear >= 1.1 && ahead > recent * 1.05)
                reasons.Add($"Seasonal peak learned from all your products: last year your whole shop sold {lastYear - 1:P0} more in " +
                    $"these weeks than in the 4 weeks before{Peaks(model, a, point.Length)}.");
            else if (double.IsFinite(lastYear) && lastYear <= 0.9 && ahead < recent * 0.95)
                reasons.Add($"Seasonal dip learned from all your products: last year your whole shop sold {1 - lastYear:P0} less in " +
                    $"these weeks than in the 4 weeks before.");
            if (Promotion(lane, a) is { } promo)
            {
                var (low, lift) = (promo.Relative * lane.Usual,
                    atPromotion is null ? double.NaN : atPromotion.Average() / Math.Max(1e-9, point.Average()) - 1);
                var quoted = double.IsFinite(lift) && lift is > 0.02 and <= MaxQuotedLift
                    && Math.Log(1 + lift) / -Math.Log(promo.Relative) <= MaxQuotedElasticity;
                reasons.Add(promo.Share >= LastingShare
                    ? $"Assumes the usual price again: its average selling price was below its usual {lane.Usual:0.00} (the median " +
                        $"of the last year's days) on {promo.Share:P0} of the last 28 days (on average {low:0.00}). If the lower price " +
                        "stays, expect more than this forecast; the pricing page shows the units at any price."
                    : $"Price back to normal after the promotion: its average selling price was below its usual {lane.Usual:0.00} (the " +
                        $"median of the last year's days) on {promo.Share:P0} of the last 28 days; the forecast assumes the usual price"
                        + (quoted ? $" (at the recent {low:0.00} it would be about {lift:P0} higher)." : "."));
            }
            else if (ahead > 0 && recent > 0 && Math.Abs(ahead / recent - 1) < 0.1)
                reasons.Add($"About its recent level: {recent:0.##} a day over the last 4 weeks, shaped by its weekday pattern.");
        }
        reasons.Add($"Chosen because, for your {group} products, " + (modelMedian
                ? "no other method did clearly better than the shop-wide model's typical day (its median)"
                : "this forecast did clearly better than the shop-wide model's typical day (its median)")
            + $" on your shop's last {shop.HeldOutDays} days held out (by more than chance, across those products: the choice is made " +
            $"for the whole group, which is steadier than product by product). For this product it scored MASE {mase:0.00} "
            + $"(its own method alone {perProductMase:0.00}); across {shop.Products:N0} products the shop-wide model scored " +
                $"{shop.ShopModel:0.00} against {shop.BestBaseline:0.00} for the best simple method "
            + "(repeat last week, recent level × weekday pattern, or weekday median). MASE 1.00 is an error as large as a typical " +
                "week-to-week change.");
        reasons.Add("The shaded ranges come from the errors the model made on those held-out days for products like this one, and widen " +
            "with the forecast.");
        return reasons;
    }

    /// <summary>The per-product engine won for this group: its own reasons, the comparison, and the bands' origin.</summary>
    public static List<string> PerProduct(DemandForecast engine, string group, double mase, double shopModelMase, ShopForecastAccuracy shop)
    {
        var reasons = engine.Reasons.Where(r => !r.StartsWith("The shaded ranges")).ToList();
        reasons.Add($"For your {group} products this product's own method clearly beat the shop-wide model on your shop's last " +
            $"{shop.HeldOutDays} days, held out "
            + $"(MASE {mase:0.00} here against {shopModelMase:0.00}); across {shop.Products:N0} products the shop-wide model scored " +
                $"{shop.ShopModel:0.00} against {shop.BestBaseline:0.00} for the best simple method.");
        reasons.Add("The shaded ranges come from the errors made on those held-out days for products like this one, and widen with the " +
            "forecast.");
        return reasons;
    }

    /// <summary>The 8-week weekday median won for this group: what it is, the comparison, and the bands' origin.</summary>
    public static List<string> WeekdayMedian(string group, double mase, double shopModelMase, ShopForecastAccuracy shop) =>
    [
        "Forecast by the median of the same weekday over the last 8 weeks: a plain method that shrugs off one-off big days.",
        $"For your {group} products it clearly beat the shop-wide model on your shop's last {shop.HeldOutDays} " +
            $"days, held out "
            + $"(MASE {mase:0.00} here against {shopModelMase:0.00}); across {shop.Products:N0} products the shop-wide model scored " +
                $"{shop.ShopModel:0.00} against {shop.BestBaseline:0.00} for the best simple method.",
        "The shaded ranges come from the errors made on those held-out days for products like this one, and widen with the forecast.",
    ];

    private static string Trainer(string name) => name == "Both" ? "LightGBM and FastTree averaged" : name;

    private static string Peaks(GlobalDemandModel model, int a, int days)
    {
        var from = model.Shop.Start.AddDays(a + 1);
        var near = model.DetectedPeaks.Where(name => ShopCalendar.DaysUntil(Array.IndexOf(ShopCalendar.Peaks, name), from) < days + 7)
            .ToList();
        return near.Count == 0 ? "" : " (" + string.Join(", ", near) + ")";
    }
}
