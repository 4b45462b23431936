namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// Every product's forecast for one shop, the shop-wide model that made them (null when the shop was too small for
/// it; use it for forecasts at a price) and what the shop's own held-out 28 days measured.
/// </summary>
public sealed record ShopForecast(IReadOnlyDictionary<string, DemandForecast> Forecasts, GlobalDemandModel? Model,
    ShopForecastAccuracy Accuracy);

/// <summary>
/// Mean MASE over products on the last horizon of the history, held out (each engine trained without it): the
/// shop-wide model, the per-product engine (SSA and simple methods), what was finally chosen, and the simple methods.
/// </summary>
public sealed record ShopForecastAccuracy(int Products, double ShopModel, double PerProduct, double Chosen, double SeasonalNaive,
    double WeekdayProfile, double WeekdayMedian, string Trainer, IReadOnlyDictionary<string, string> ChoiceByGroup)
{
    /// <summary>How many days before the end were held out (one or more horizons).</summary>
    public int HeldOutDays { get; init; }

    /// <summary>The lowest mean MASE of the simple methods (seasonal naive, weekday profile, weekday median).</summary>
    public double BestBaseline => Math.Min(SeasonalNaive, Math.Min(WeekdayProfile, WeekdayMedian));

    /// <summary>Nothing measured (no product had a held-out window): NaN scores.</summary>
    public static ShopForecastAccuracy None { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, "",
        new Dictionary<string, string>());
}
