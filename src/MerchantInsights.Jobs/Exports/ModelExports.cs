using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Exports;

/// <summary>
/// The CSV exports of the current models, with the exact headers of the CLI contract (issues 5–7). The web app's
/// download buttons use the same code. Each returns the number of data rows written.
/// </summary>
public sealed class ModelExports(ModelStore models)
{
    public static readonly IReadOnlyList<string> Kinds = ["forecasts", "prices"];

    public Task<int> WriteAsync(string kind, TextWriter writer, int k, CancellationToken ct) => kind switch
    {
        "forecasts" => ForecastsAsync(writer, ct),
        "prices" => PricesAsync(writer, ct),
        _ => throw new ArgumentException($"Unknown export '{kind}'. Choose from: {string.Join(", ", Kinds)}."),
    };

    public async Task<int> ForecastsAsync(TextWriter writer, CancellationToken ct)
    {
        var model = await models.CurrentAsync<ForecastSummary>(ModelKinds.Forecast, ct) ?? throw new ModelNotTrainedException("forecasts");
        await writer.WriteLineAsync("product_id,date,forecast,lower,upper");
        var rows = 0;
        await foreach (var (id, f) in models.ItemsAsync<DemandForecast>(model.Id, ct))
            for (var i = 0; i < f.Point.Length; i++, rows++)
                await writer.WriteLineAsync($"{CsvText.Field(id)},{CsvText.Day(f.FirstForecastDay.AddDays(i))},{CsvText.Number(f.Point[i])},{CsvText.Number(f.Lower80[i])},{CsvText.Number(f.Upper80[i])}");
        return rows;
    }

    public async Task<int> PricesAsync(TextWriter writer, CancellationToken ct)
    {
        var model = await models.CurrentAsync<PricingSummary>(ModelKinds.Pricing, ct) ?? throw new ModelNotTrainedException("price suggestions");
        await writer.WriteLineAsync("product_id,current_price,unit_cost,elasticity,elasticity_low,elasticity_high,suggested_price,expected_units,expected_profit,verdict");
        var rows = 0;
        await foreach (var (id, p) in models.ItemsAsync<ProductPricing>(model.Id, ct))
        {
            var (e, s) = (p.Elasticity, p.Suggestion);
            await writer.WriteLineAsync(string.Join(',', CsvText.Field(id), CsvText.Money(s.CurrentPrice), CsvText.Money(s.UnitCost),
                CsvText.Number(e.Elasticity), CsvText.Number(e.Low80), CsvText.Number(e.High80), CsvText.Money(s.SuggestedPrice),
                CsvText.Number(s.ExpectedUnitsPerDay), CsvText.Money(s.ExpectedProfitPerDay), CsvText.Field(e.Verdict)));
            rows++;
        }
        return rows;
    }

    private static void CheckK(int k, int max)
    {
        if (k < 1 || k > max) throw new ArgumentException($"--k must be between 1 and {max}, not {k}.");
    }
}
