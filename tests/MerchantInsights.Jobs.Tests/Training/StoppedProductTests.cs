using System.Globalization;
using MerchantInsights.Data.Training;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;

namespace MerchantInsights.Jobs.Tests.Training;

/// <summary>A product that stopped selling weeks ago gets no price suggestion, is recommended to nobody, and its forecast says why it
/// is about 0.</summary>
public sealed class StoppedProductTests : JobsShopTests
{
    /// <summary>160 days, 8 customers an order a day each with two of six products; SKU-1 is sold until day 119, then never.</summary>
    private static string Sales()
    {
        var rows = new List<string>();
        var start = new DateOnly(2025, 1, 6);
        for (var t = 0; t < 160; t++)
            for (var c = 1; c <= 8; c++)
                foreach (var p in new[] { (t + c) % 6 + 1, (t * 3 + c * 5) % 6 + 1 }.Distinct())
                {
                    if (p == 1 && t >= 120) continue;
                    var price = 5.00 + (t / 20 + p) % 3 * 0.5;
                    rows.Add(string.Create(CultureInfo.InvariantCulture,
                        $"O{t}-{c},{start.AddDays(t):yyyy-MM-dd},C{c},SKU-{p},Item {p},Kitchen,{1 + (t + p) % 3},{price:0.00},2.00"));
                }
        return Csv.Canonical([.. rows]);
    }

    private async Task<string> ExportAsync(string what)
    {
        var csv = new StringWriter();
        await Get<ModelExports>().WriteAsync(what, csv, null, CancellationToken.None);
        return csv.ToString();
    }

    [Fact]
    public async Task A_product_silent_for_40_days_after_selling_most_days_leaves_prices_and_picks_and_its_forecast_says_why()
    {
        await Shop.ImportAsync(Shop.WriteFile("sales.csv", Sales()));
        var demand = await Get<TrainingData>().CleanDemandAsync(CancellationToken.None);
        Assert.Equal(new Dictionary<string, int> { ["SKU-1"] = 40 }, demand.StoppedProducts);

        var steps = Get<IEnumerable<ITrainingStep>>().ToList();
        var summaries = new List<string>();
        foreach (var step in new[] { "forecast", "pricing", "recommendations" }.Select(n => steps.Single(s => s.Name == n)))
            summaries.Add(await step.RunAsync(TrainingRequest.Everything, demand, new Progress<StepProgress>(), CancellationToken.None));

        Assert.EndsWith("; 1 not priced: they stopped selling (no sale for weeks).", summaries[1]);
        var store = Get<Data.Models.ModelStore>();
        var version = (await store.CurrentAsync<ForecastSummary>(Data.Models.ModelKinds.Forecast, CancellationToken.None))!.Id;
        var forecast = await store.ItemAsync<Analytics.Forecasting.DemandForecast>(version, "SKU-1", CancellationToken.None);
        Assert.StartsWith("No sale in the last 40 days", forecast!.Reasons[0]);
        Assert.Single(forecast.Reasons, r => r.StartsWith("No sale in the last", StringComparison.Ordinal)); // said once, not per engine
        Assert.DoesNotContain("SKU-1,", await ExportAsync("prices"));
        Assert.Contains("SKU-2,", await ExportAsync("prices"));
        var picks = await ExportAsync("recommendations");
        Assert.DoesNotContain(",SKU-1,", picks);
        Assert.Contains(",SKU-2,", picks);
        Assert.Contains("C1,1,", picks); // ranks renumbered from 1 after SKU-1 left the lists
        var together = await ExportAsync("together");
        Assert.True(together.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1, together);
        Assert.DoesNotContain(",SKU-1,", together);
    }
}
