using System.Text;
using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Sales;

namespace MerchantInsights.Web.Components.Pages.Forecast;

/// <summary>Builds the portfolio table from the stored forecasts, and its CSV download.</summary>
public static class ForecastPortfolio
{
    public static List<PortfolioRow> Build(IEnumerable<DemandForecast> forecasts, IReadOnlyDictionary<string, ProductTotal> products,
        IReadOnlyDictionary<string, double> lastUnits) =>
        forecasts.Select(f =>
        {
            var p = products.GetValueOrDefault(f.ProductId);
            return new PortfolioRow(f.ProductId, p?.Name ?? f.ProductId, p?.Category ?? "", f.Point.Sum(), f.Lower80.Sum(), f.Upper80.Sum(),
                lastUnits.GetValueOrDefault(f.ProductId), f.Accuracy.Mase, f.Accuracy.SeasonalNaiveMase, f.Method);
        }).OrderByDescending(r => r.NextUnits).ToList();

    public static string Csv(IEnumerable<PortfolioRow> rows, int horizon)
    {
        var csv = new StringBuilder($"product_id,product_name,category,units_next_{horizon}_days,low_sum_of_daily_80,high_sum_of_daily_80,units_last_{horizon}_days,trend,mase,seasonal_naive_mase,method\n");
        foreach (var r in rows)
            csv.AppendLine(string.Join(',', Field(r.ProductId), Field(r.Name), Field(r.Category), Num(r.NextUnits), Num(r.Low), Num(r.High),
                Num(r.LastUnits), r.Trend, Num(r.Mase), Num(r.SeasonalNaiveMase), Field(r.Method)));
        return csv.ToString();
    }

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static string Field(string v) => v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
}
