using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Exports;

/// <summary>
/// The CSV exports of the current models, with the exact headers of the CLI contract (issues 5–7). The web app's
/// download buttons use the same code. Each returns the number of data rows written.
/// </summary>
public sealed class ModelExports(ModelStore models)
{
    public static readonly IReadOnlyList<string> Kinds = ["forecasts", "prices", "recommendations", "together"];

    public Task<int> WriteAsync(string kind, TextWriter writer, int k, CancellationToken ct) => kind switch
    {
        "forecasts" => ForecastsAsync(writer, ct),
        "prices" => PricesAsync(writer, ct),
        "recommendations" => RecommendationsAsync(writer, k, ct),
        "together" => TogetherAsync(writer, k, ct),
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

    public async Task<int> RecommendationsAsync(TextWriter writer, int k, CancellationToken ct)
    {
        CheckK(k, RecommendationsStep.PicksKept);
        var model = await models.CurrentAsync<RecommendationSummary>(ModelKinds.Recommendations, ct) ?? throw new ModelNotTrainedException("recommendations");
        await writer.WriteLineAsync("customer_id,rank,product_id,score");
        var rows = 0;
        await foreach (var (_, picks) in models.ItemsAsync<List<CustomerPick>>(model.Id, ct))
            foreach (var p in picks.Where(p => p.Rank <= k).OrderBy(p => p.Rank))
            {
                await writer.WriteLineAsync($"{CsvText.Field(p.CustomerId)},{p.Rank},{CsvText.Field(p.ProductId)},{CsvText.Number(p.Score)}");
                rows++;
            }
        return rows;
    }

    public async Task<int> TogetherAsync(TextWriter writer, int k, CancellationToken ct)
    {
        CheckK(k, int.MaxValue);
        var model = await models.CurrentAsync<TogetherSummary>(ModelKinds.Together, ct) ?? throw new ModelNotTrainedException("bought-together pairs");
        await writer.WriteLineAsync("product_id,rank,other_product_id,support,confidence,lift");
        var rows = 0;
        await foreach (var (_, pairs) in models.ItemsAsync<List<TogetherPair>>(model.Id, ct))
            foreach (var p in pairs.Where(p => p.Rank <= k).OrderBy(p => p.Rank))
            {
                await writer.WriteLineAsync($"{CsvText.Field(p.ProductId)},{p.Rank},{CsvText.Field(p.OtherProductId)},{CsvText.Number(p.Support)},{CsvText.Number(p.Confidence)},{CsvText.Number(p.Lift)}");
                rows++;
            }
        return rows;
    }

    private static void CheckK(int k, int max)
    {
        if (k < 1 || k > max) throw new ArgumentException($"--k must be between 1 and {max}, not {k}.");
    }
}
