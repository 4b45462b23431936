using Microsoft.ML;
using Microsoft.ML.Data;

namespace MerchantInsights.Analytics.Forecasting.Global;

/// <summary>
/// One gradient-boosted tree model of daily units for all of a shop's products (the M5 competition's lesson: a global
/// model with calendar and price features beats per-series methods; Makridakis et al. 2022). Each training row is a
/// product-day t seen from a random origin a = t − h, 1 ≤ h ≤ horizon, with <see cref="GlobalFeatures"/> from data up
/// to a only, so the model forecasts every day of the horizon directly (no recursion). The target is units ÷ the
/// product's scale with the scale as example weight — a variance-proportional-to-mean (quasi-Poisson) loss for
/// LightGBM, and the Tweedie deviance for FastTreeTweedie. Future prices are the usual price unless given, so a
/// promotion that has ended is not carried into the forecast. Cost: O(rows · trees · leaves); 250k rows ≈ 10 s on 2 cores.
/// </summary>
public sealed class GlobalDemandModel
{
    internal sealed class Row
    {
        public float Label { get; set; }
        public float Weight { get; set; }
        [VectorType(GlobalFeatures.Count)] public float[] Features { get; set; } = [];
    }

    private sealed class Score
    {
        public float Label { get; set; }
        public float Weight { get; set; }
        [VectorType(GlobalFeatures.Count)] public float[] Features { get; set; } = [];
        [ColumnName("Score")] public float Value { get; set; }
    }

    private readonly IReadOnlyList<GlobalModelTraining.Fitted> _models;
    private readonly ShopTimeline _shop;
    private readonly Dictionary<string, ShopTimeline.Lane> _lanes;

    /// <summary>The options it was trained with.</summary>
    public GlobalModelOptions Options { get; }
    /// <summary>The last day of the history it was trained on; forecasts start the day after.</summary>
    public DateOnly Cutoff => _shop.Start.AddDays(_shop.Days - 1);
    /// <summary>The shop-wide peaks (<see cref="ShopCalendar.Peaks"/> names) found in this shop's own sales.</summary>
    public IReadOnlyList<string> DetectedPeaks => _shop.DetectedPeaks;
    /// <summary>How many product-days it was trained on (at most <see cref="GlobalModelOptions.MaxRows"/>).</summary>
    public int TrainingRows { get; }

    internal GlobalDemandModel(IReadOnlyList<GlobalModelTraining.Fitted> models, ShopTimeline shop, GlobalModelOptions options, int rows)
    {
        (_models, _shop, Options, TrainingRows) = (models, shop, options, rows);
        _lanes = shop.Lanes.ToDictionary(l => l.Product.ProductId, StringComparer.Ordinal);
    }

    /// <summary>Trains on every product's days up to <paramref name="cutoff"/> (later days are ignored). Null when too little
    /// data.</summary>
    public static GlobalDemandModel? Train(IReadOnlyList<ShopProduct> products, DateOnly cutoff, GlobalModelOptions options)
    {
        if (GlobalModelTraining.Prepare(products, cutoff, options) is not { } training) return null;
        training.Fit();
        return training.Model();
    }

    /// <summary>FastTree skips a row with any missing feature: missing (no history a year ago) becomes −1, below every real
    /// value.</summary>
    internal static Row Filled(Row row)
        => new() { Label = row.Label, Weight = row.Weight, Features = row.Features.Select(v => float.IsNaN(v) ? -1 : v).ToArray() };

    internal ShopTimeline Shop => _shop;
    internal ShopTimeline.Lane? LaneOf(string productId) => _lanes.GetValueOrDefault(productId);

    /// <summary>Whether the model can forecast this product (it has at least 4 weeks of history before the cut-off).</summary>
    public bool Knows(string productId) => _lanes.TryGetValue(productId, out var lane) && _shop.Days - 1 - lane.First
        + 1 >= GlobalFeatures.MinHistory;

    /// <summary>
    /// Daily units for the <paramref name="days"/> days after the cut-off; <paramref name="price"/> per day (null = the
    /// product's usual price). Null when the product is unknown or too new.
    /// </summary>
    public double[]? Forecast(string productId, int days, Func<int, double?>? price = null) =>
        ForecastMany([productId], days, price is null ? null : (_, h) => price(h)).GetValueOrDefault(productId);

    /// <summary>
    /// Forecast at a price: the next <paramref name="days"/> days of units if the product sold at <paramref name="price"/>
    /// every day (the pricing page's what-if). Null when the product is unknown or too new.
    /// </summary>
    public double[]? ForecastAtPrice(string productId, int days, decimal price) => Forecast(productId, days, _ => (double)price);

    /// <summary>The product's usual (median) selling price over the last year, 0 when unknown.</summary>
    public double UsualPrice(string productId) => _lanes.TryGetValue(productId, out var lane) ? lane.Usual : 0;

    /// <summary>Per day of the <paramref name="days"/> after the cut-off: whether the shop is expected to be closed — a weekday
    /// it never opens on, or a date of last year's year-end break (<see cref="ShopCalendar.ClosedDays"/>); the model forecasts
    /// 0 on such days.</summary>
    public bool[] ClosedDays(int days) => ShopCalendar.ClosedDays(_shop.YearEndClosures, _shop.ClosedWeekdays, Cutoff.AddDays(1), days);

    /// <summary>The weekdays the shop is closed on.</summary>
    public IReadOnlyList<DayOfWeek> ClosedWeekdays => _shop.ClosedWeekdays;

    /// <summary>Last year's year-end break that the next <paramref name="days"/> days repeat, if any.</summary>
    public ShopCalendar.Closure? ClosureAhead(int days) =>
        _shop.YearEndClosures.LastOrDefault(c => ShopCalendar.ClosedDays([c], [], Cutoff.AddDays(1), days).Any(x => x));

    /// <summary>Forecasts for many products in one pass (one ML.NET transform); 0 on the days the shop is expected to be closed.</summary>
    public Dictionary<string, double[]> ForecastMany(IReadOnlyList<string> productIds, int days, Func<string, int, double?>? price = null)
    {
        var a = _shop.Days - 1;
        var known = productIds.Where(Knows).ToList();
        var rows = new List<Row>(known.Count * days);
        var scales = new List<double>(known.Count);
        foreach (var id in known)
        {
            var lane = _lanes[id];
            scales.Add(GlobalFeatures.Scale(lane, a));
            for (var h = 1; h <= days; h++)
            {
                var f = new float[GlobalFeatures.Count];
                var p = price?.Invoke(id, h - 1) ?? lane.Usual;
                GlobalFeatures.Fill(_shop, lane, a, a + h, p, f);
                rows.Add(new Row { Features = f });
            }
        }
        // Each model of the ensemble scores on its own core (ML.NET's cursor is single-threaded; the models share nothing).
        var byModel = new double[_models.Count][];
        Parallel.For(0, _models.Count, m =>
        {
            var (ml, model, filled) = _models[m];
            var input = ml.Data.LoadFromEnumerable(filled ? rows.Select(Filled) : rows);
            var (own, k) = (new double[rows.Count], 0);
            foreach (var s in ml.Data.CreateEnumerable<Score>(model.Transform(input), reuseRowObject: true)) own[k++] = s.Value;
            byModel[m] = own;
        });
        var scores = new double[rows.Count];
        foreach (var own in byModel)
            for (var k = 0; k < scores.Length; k++) scores[k] += own[k] / _models.Count;
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var closed = ClosedDays(days);
        for (var k = 0; k < known.Count; k++)
            result[known[k]] = Enumerable.Range(0, days).Select(h => closed[h] ? 0 : Math.Max(0, scores[k * days + h] * scales[k]))
                .ToArray();
        return result;
    }
}
