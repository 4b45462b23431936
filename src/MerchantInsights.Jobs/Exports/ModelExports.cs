using System.Text.Json;
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

    /// <summary>At most this many picks per customer or partners per product (the picks kept per customer).</summary>
    public const int MaxK = RecommendationsStep.PicksKept;

    /// <summary>Null when k is usable; otherwise what is wrong with it ("must be between 1 and 50, not 0").</summary>
    public static string? KProblem(int k) => k is >= 1 and <= MaxK ? null : $"must be between 1 and {MaxK}, not {k}";

    /// <summary>The k used when none is given: 10 picks per customer, 5 partners per product.</summary>
    public static int DefaultK(string kind) => kind == "together" ? 5 : 10;

    public Task<int> WriteAsync(string kind, TextWriter writer, int k, CancellationToken ct) => kind switch
    {
        "forecasts" => ForecastsAsync(writer, ct),
        "prices" => PricesAsync(writer, ct),
        "recommendations" => RecommendationsAsync(writer, k, ct),
        "together" => TogetherAsync(writer, k, ct),
        _ => throw new ArgumentException($"Unknown export '{kind}'. Choose from: {string.Join(", ", Kinds)}."),
    };

    public Task<int> ForecastsAsync(TextWriter writer, CancellationToken ct) =>
        RowsAsync<DemandForecast>(writer, ModelKinds.Forecast, "forecasts", "product_id,date,forecast,lower,upper",
            (id, f) => f.Point.Select((point, i) =>
                $"{CsvText.Field(id)},{CsvText.Day(f.FirstForecastDay.AddDays(i))},{CsvText.Number(point)},{CsvText.Number(f.Lower80[i])},{CsvText.Number(f.Upper80[i])}"), ct);

    public Task<int> PricesAsync(TextWriter writer, CancellationToken ct) =>
        RowsAsync<ProductPricing>(writer, ModelKinds.Pricing, "price suggestions",
            "product_id,current_price,unit_cost,elasticity,elasticity_low,elasticity_high,suggested_price,expected_units,expected_profit,verdict",
            (id, p) => [string.Join(',', CsvText.Field(id), CsvText.Money(p.Suggestion.CurrentPrice), CsvText.Money(p.Suggestion.UnitCost),
                CsvText.Number(p.Elasticity.Elasticity), CsvText.Number(p.Elasticity.Low80), CsvText.Number(p.Elasticity.High80),
                CsvText.Money(p.Suggestion.SuggestedPrice), CsvText.Number(p.Suggestion.ExpectedUnitsPerDay),
                CsvText.Money(p.Suggestion.ExpectedProfitPerDay), CsvText.Field(p.Elasticity.Verdict))], ct);

    public Task<int> RecommendationsAsync(TextWriter writer, int k, CancellationToken ct)
    {
        CheckK(k);
        return RowsAsync<List<CustomerPick>>(writer, ModelKinds.Recommendations, "recommendations", "customer_id,rank,product_id,score",
            (_, picks) => picks.Where(p => p.Rank <= k).OrderBy(p => p.Rank)
                .Select(p => $"{CsvText.Field(p.CustomerId)},{p.Rank},{CsvText.Field(p.ProductId)},{CsvText.Number(p.Score)}"), ct);
    }

    public Task<int> TogetherAsync(TextWriter writer, int k, CancellationToken ct)
    {
        CheckK(k);
        return RowsAsync<List<TogetherPair>>(writer, ModelKinds.Together, "bought-together pairs", "product_id,rank,other_product_id,support,confidence,lift",
            (_, pairs) => pairs.Where(p => p.Rank <= k).OrderBy(p => p.Rank).Select(p =>
                $"{CsvText.Field(p.ProductId)},{p.Rank},{CsvText.Field(p.OtherProductId)},{CsvText.Number(p.Support)},{CsvText.Number(p.Confidence)},{CsvText.Number(p.Lift)}"), ct);
    }

    /// <summary>The current model of a kind, its header, then each item's lines in key order.</summary>
    private async Task<int> RowsAsync<TItem>(TextWriter writer, string kind, string what, string header,
        Func<string, TItem, IEnumerable<string>> lines, CancellationToken ct)
    {
        var model = await models.CurrentAsync<JsonElement>(kind, ct) ?? throw new ModelNotTrainedException(what);
        await writer.WriteLineAsync(header);
        var rows = 0;
        await foreach (var (key, item) in models.ItemsAsync<TItem>(model.Id, ct))
            foreach (var line in lines(key, item))
            {
                await writer.WriteLineAsync(line);
                rows++;
            }
        return rows;
    }

    private static void CheckK(int k)
    {
        if (KProblem(k) is { } problem) throw new ArgumentException($"--k {problem}.");
    }
}
