using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;

namespace MerchantInsights.Jobs.Tests.Exports;

/// <summary>Each feature's export through <see cref="ModelExports"/>: the exact header and a line worked out by hand.</summary>
public sealed class ModelExportsTests : JobsShopTests
{
    private async Task<string> ExportAsync(string kind, int? k = null)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        await Get<ModelExports>().WriteAsync(kind, writer, k, CancellationToken.None);
        return writer.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public async Task Forecasts_export_one_line_per_product_and_day_with_the_80_percent_bounds()
    {
        var mug = new DemandForecast("=MUG", new DateOnly(2026, 2, 1), [1.5, 2], [0.5, 1], [2.25, 3], [0, 0], [4, 5], "SSA (recurrent)",
            new Dictionary<string, string>(), [], new ForecastAccuracy(0.8, 1.25, 0.8, 0.95, 1, 2));
        await Get<ModelStore>().SaveAsync(ModelKinds.Forecast, new DateOnly(2026, 1, 31), ForecastSummary.From(2, [mug]),
            [KeyValuePair.Create(mug.ProductId, mug)], CancellationToken.None);

        // The id would start a formula in a spreadsheet, so it is neutralised; the 95% bounds are not exported.
        Assert.Equal("product_id,date,forecast,lower,upper\n'=MUG,2026-02-01,1.5,0.5,2.25\n'=MUG,2026-02-02,2,1,3\n", await ExportAsync("forecasts"));
    }

    [Fact]
    public async Task Recommendations_and_pairs_export_the_top_k_of_each_with_their_scores()
    {
        var store = Get<ModelStore>();
        List<CustomerPick> picks = [new("C, 1", 1, "TEA", 0.75, "why"), new("C, 1", 2, "MUG", 0.5, "why")];
        await store.SaveAsync(ModelKinds.Recommendations, new DateOnly(2026, 1, 31), new RecommendationSummary("EASE", "best", []),
            [KeyValuePair.Create("C, 1", picks)], CancellationToken.None);
        List<TogetherPair> pairs = [new("MUG", 1, "TEA", 12, 0.125, 0.6, 4.8, 0.001, "e"), new("MUG", 2, "SPOON", 3, 0.03, 0.15, 1.5, 0.04, "e")];
        await store.SaveAsync(ModelKinds.Together, new DateOnly(2026, 1, 31), new TogetherSummary(1, 2),
            [KeyValuePair.Create("MUG", pairs)], CancellationToken.None);

        Assert.Equal("customer_id,rank,product_id,score\n\"C, 1\",1,TEA,0.75\n", await ExportAsync("recommendations", k: 1));
        Assert.Equal("product_id,rank,other_product_id,support,confidence,lift\nMUG,1,TEA,0.125,0.6,4.8\n", await ExportAsync("together", k: 1));
    }
}
