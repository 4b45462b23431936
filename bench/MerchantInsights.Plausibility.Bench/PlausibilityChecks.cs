using System.Globalization;

namespace MerchantInsights.Plausibility.Bench;

/// <summary>
/// The four checks on the engine's exports, each against numbers computed here from the raw lines:
/// (a) rows naming a non-merchandise product, (b) a 28-day forecast above 3× the best 28 days ever sold,
/// (c) expected units a day above 3× the best day ever sold, (d) a current or suggested price under 0.01.
/// </summary>
public sealed class PlausibilityChecks(IReadOnlyDictionary<string, BestSales> history, IReadOnlySet<string> nonMerchandise)
{
    public const double Tolerance = 3;
    private const int ForecastDays = 28;

    /// <summary>Counts rows; the examples show the first row of each file and product, with how many rows that pair has.</summary>
    public CheckResult NonMerchandiseRows(IEnumerable<ExportRow> rows)
    {
        string Named(ExportRow r) => string.Join(" + ", new[] { "product_id", "other_product_id" }.Where(c => nonMerchandise.Contains(r[c])).Select(c => $"{c}={r[c]}"));
        var offenders = rows.Where(r => nonMerchandise.Contains(r["product_id"]) || nonMerchandise.Contains(r["other_product_id"])).ToList();
        var groups = offenders.GroupBy(r => (r.File, Named(r))).OrderByDescending(g => g.Count()).ToList();
        var perFile = string.Join(", ", offenders.GroupBy(r => r.File).Select(g => $"{g.Key} {g.Count()}"));
        return new CheckResult("non-merchandise rows", offenders.Count, [.. groups.Take(CheckResult.ExamplesShown).Select(g =>
            $"{g.Key.File}:{g.First().Line} {g.Key.Item2} — {g.Count()} rows like it ({string.Join(",", g.First().Fields.Values)})"),
            .. offenders.Count > 0 ? new[] { $"by file: {perFile}" } : []]);
    }

    public CheckResult ForecastsAboveHistory(IEnumerable<ExportRow> forecasts)
    {
        var offenders = forecasts.GroupBy(r => r["product_id"])
            .Select(g => (Product: g.Key, Total: g.OrderBy(r => r["date"], StringComparer.Ordinal).Take(ForecastDays).Sum(r => Number(r["forecast"]) ?? 0), Best: Best(g.Key).Best28Days))
            .Where(x => x.Total > Tolerance * x.Best).OrderByDescending(x => x.Total / Math.Max(x.Best, 1e-9)).ToList();
        return CheckResult.Of("forecasts above 3x best 28 days", offenders, x =>
            $"{x.Product}: 28-day forecast {x.Total:0.##} units, best 28 days sold {x.Best:0.##} ({Ratio(x.Total, x.Best)})");
    }

    public CheckResult ExpectedUnitsAboveHistory(IEnumerable<ExportRow> prices)
    {
        var offenders = prices.Select(r => (Row: r, Units: Number(r["expected_units"]) ?? 0, Best: Best(r["product_id"]).BestDay))
            .Where(x => x.Units > Tolerance * x.Best).OrderByDescending(x => x.Units / Math.Max(x.Best, 1e-9)).ToList();
        return CheckResult.Of("expected units above 3x best day", offenders, x =>
            $"{x.Row["product_id"]}: {x.Units:0.##} units a day at {x.Row["suggested_price"]}, best day sold {x.Best:0.##} ({Ratio(x.Units, x.Best)})");
    }

    /// <summary>A price that is empty or not a number counts as under 0.01 too: it cannot be shown to the owner.</summary>
    public static CheckResult PricesUnderOneCent(IEnumerable<ExportRow> prices)
    {
        static bool Low(string text) => Number(text) is not { } v || v < 0.01;
        var offenders = prices.Where(r => Low(r["current_price"]) || Low(r["suggested_price"])).ToList();
        return CheckResult.Of("prices under 0.01", offenders, r =>
            $"{r["product_id"]}: current_price {Shown(r["current_price"])}, suggested_price {Shown(r["suggested_price"])}, expected_units {r["expected_units"]}");
    }

    private BestSales Best(string product) => history.TryGetValue(product, out var best) ? best : new BestSales(0, 0);

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private static string Shown(string text) => text.Length == 0 ? "(empty)" : text;

    private static string Ratio(double value, double best) => best > 0 ? $"{value / best:0.##}x" : "never sold a unit net";
}
