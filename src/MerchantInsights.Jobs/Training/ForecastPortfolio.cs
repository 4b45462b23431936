using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Sales;

namespace MerchantInsights.Jobs.Training;

/// <summary>Builds the portfolio table from the stored forecasts (the most revenue in the last 90 days first: what matters to the owner),
/// and its CSV (the page's download; the CLI can write it too).</summary>
public static class ForecastPortfolio
{
    public static List<PortfolioRow> Build(IEnumerable<DemandForecast> forecasts, IReadOnlyDictionary<string, ProductTotal> products,
        IReadOnlyDictionary<string, double> lastUnits) =>
        forecasts.Select(f =>
        {
            var p = products.GetValueOrDefault(f.ProductId);
            return new PortfolioRow(f.ProductId, p?.Name ?? f.ProductId, p?.Category ?? "", f.UnitsOverHorizon, f.Lower80.Sum(),
                f.Upper80.Sum(), lastUnits.GetValueOrDefault(f.ProductId), f.Accuracy.Mase, f.Accuracy.SeasonalNaiveMase, f.Method,
                p?.RecentRevenue ?? 0, f.SoldInLumps ? f.Point.Sum() : null);
        }).OrderByDescending(r => r.RecentRevenue).ThenByDescending(r => r.NextUnits).ToList();

    public static string Header(int horizon) =>
        $"product_id,product_name,category,units_next_{horizon}_days,low_sum_of_daily_80,high_sum_of_daily_80," +
            $"units_last_{horizon}_days,trend,mase,seasonal_naive_mase,method";

    public static string Line(PortfolioRow r) =>
        string.Join(',', CsvText.Field(r.ProductId), CsvText.Field(r.Name), CsvText.Field(r.Category), CsvText.Number(r.NextUnits),
            CsvText.Number(r.Low), CsvText.Number(r.High), CsvText.Number(r.LastUnits), r.Trend.ToString().ToLowerInvariant(),
                CsvText.Number(r.Mase),
            CsvText.Number(r.SeasonalNaiveMase), CsvText.Field(r.Method));

    public static async Task WriteAsync(TextWriter writer, IEnumerable<PortfolioRow> rows, int horizon, CancellationToken ct)
    {
        await writer.WriteLineAsync(Header(horizon));
        foreach (var r in rows)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Line(r));
        }
    }
}
