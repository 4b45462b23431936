using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Analytics.Forecasting;

/// <summary>
/// The last line of defence against an absurd number on screen: a forecast whose next 28 days add up to more than
/// <see cref="Limit"/>× the product's best 28 days ever is replaced by a plain rate — the last 8 weeks' average (or, for
/// a short history, its units spread over at least 4 weeks), which cannot exceed that best by construction — and the
/// reasons say why. O(n).
/// </summary>
public static class ForecastPlausibility
{
    /// <summary>A forecast summed over 28 days may be at most this many times the product's best 28 days ever.</summary>
    public const double Limit = 3;

    /// <summary>
    /// No day's 80% range reaches past the product's best day ever, nor its 95% range past 1.5× it (back-test errors
    /// scaled by a low level can otherwise promise tens of thousands a day); the point forecast is never cut.
    /// </summary>
    public static DemandForecast ClampBands(DemandForecast f, double bestDay)
    {
        if (bestDay <= 0) return f;
        var (u80, u95) = (f.Upper80.ToArray(), f.Upper95.ToArray());
        var (l80, l95) = (f.Lower80.ToArray(), f.Lower95.ToArray());
        for (var h = 0; h < f.Point.Length; h++)
        {
            u80[h] = Math.Max(f.Point[h], Math.Min(u80[h], bestDay));
            u95[h] = Math.Max(u80[h], Math.Min(u95[h], 1.5 * bestDay));
            l80[h] = Math.Min(l80[h], u80[h]);
            l95[h] = Math.Min(l95[h], l80[h]);
        }
        return f with { Upper80 = u80, Upper95 = u95, Lower80 = l80, Lower95 = l95 };
    }

    /// <summary>The forecast with, first among its reasons, why it is about 0 when the product has <see cref="StoppedSelling"/>; its
    /// numbers stay the engines'. Applied once to a final forecast (an engine's forecast that the shop-wide one builds on has not had
    /// it yet).</summary>
    public static DemandForecast ExplainSilence(DemandForecast forecast, IReadOnlyList<double> history) =>
        StoppedSelling.Detect(history) is { } stopped
            ? forecast with { Reasons = [StoppedSelling.Reason(stopped.Days, stopped.SaleDayShare), .. forecast.Reasons] }
            : forecast;

    /// <summary>The largest sum of 28 consecutive days (the whole history when shorter).</summary>
    public static double Best28Days(IReadOnlyList<double> units)
    {
        double sum = 0, best = 0;
        for (var i = 0; i < units.Count; i++)
        {
            sum += units[i];
            if (i >= 28) sum -= units[i - 28];
            best = Math.Max(best, sum);
        }
        return best;
    }

    /// <summary>The forecast's first 28 days (scaled up when the horizon is shorter).</summary>
    public static double Next28Days(DemandForecast forecast)
    {
        var days = Math.Min(28, forecast.Point.Length);
        return days == 0 ? 0 : forecast.Point.Take(days).Sum() * 28.0 / days;
    }

    /// <summary>A plain rate that stays within the product's history: the last 56 days' average, or units over at least 28 days.</summary>
    public static double PlainRate(IReadOnlyList<double> units) =>
        units.Count == 0 ? 0 : units.Skip(Math.Max(0, units.Count - 56)).Sum() / Math.Max(28, Math.Min(56, units.Count));

    /// <summary>The forecast unchanged when plausible, otherwise <paramref name="flat"/> at the plain rate with the reasons why.</summary>
    public static DemandForecast Guard(DemandForecast forecast, IReadOnlyList<double> history, Func<double, string, string[],
        DemandForecast> flat)
    {
        var best = Best28Days(history);
        var next = Next28Days(forecast);
        if (next <= Limit * best + 1e-9) return ClampBands(forecast, history.Count == 0 ? 0 : history.Max());
        var rate = PlainRate(history);
        return flat(rate, "Recent average (plausibility guard)",
        [
            $"{forecast.Method} forecast {next:N0} units in the next 28 days, more than {Limit:0}× this product's best 28 days ever " +
                $"({best:N0}), so it is not shown.",
            $"Instead the forecast is the plain average of the last 8 weeks ({rate:0.##} a day); the ranges assume sales vary at random " +
                $"around it.",
        ]);
    }
}
