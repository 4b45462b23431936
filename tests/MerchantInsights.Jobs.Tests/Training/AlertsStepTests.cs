using System.Globalization;
using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Alerts;
using MerchantInsights.Data.Training;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;

namespace MerchantInsights.Jobs.Tests.Training;

public sealed class AlertsStepTests : JobsShopTests
{
    /// <summary>Six products selling 8–12 a day for 100 days; SKU-1 sells nothing in the last 6.</summary>
    private static string Sales()
    {
        var rows = new List<string>();
        var start = new DateOnly(2025, 1, 6);
        for (var t = 0; t < 100; t++)
            for (var p = 1; p <= 6; p++)
                if (p != 1 || t < 94)
                    rows.Add(string.Create(CultureInfo.InvariantCulture, $"O{t}-{p},{start.AddDays(t):yyyy-MM-dd},C{p},SKU-{p},Item {p},Kitchen,{8 + (t * 7 + p * 3) % 5},5.00,"));
        return Csv.Canonical([.. rows]);
    }

    private async Task<string> TrainAsync()
    {
        var demand = await Get<TrainingData>().CleanDemandAsync(CancellationToken.None);
        return await Get<IEnumerable<ITrainingStep>>().OfType<AlertsStep>().Single().RunAsync(TrainingRequest.Everything, demand, new Progress<StepProgress>(), CancellationToken.None);
    }

    [Fact]
    public async Task A_listing_outage_is_found_saved_exported_and_stays_dismissed_after_retraining_and_reimporting()
    {
        var file = Shop.WriteFile("sales.csv", Sales());
        await Shop.ImportAsync(file);

        Assert.StartsWith("Alerts: 0 spikes, 1 drops", await TrainAsync());
        var board = Get<AlertBoard>();
        var drop = Assert.Single((await board.CurrentAsync(CancellationToken.None))!.Value.Rows);
        Assert.Equal((AlertKind.Drop, "SKU-1", false), (drop.Alert.Kind, drop.Alert.ProductId, drop.Dismissed));
        Assert.StartsWith("sold 0 for 6 days up to the last day of data", drop.Alert.Reason);

        await Get<AlertDismissals>().DismissAsync(drop.Alert.Key, CancellationToken.None);
        await Shop.ImportAsync(Shop.WriteFile("more.csv", Csv.Canonical("N1,2025-04-15,C9,SKU-7,New item,Kitchen,1,5.00,")));
        await TrainAsync();
        Assert.True(Assert.Single((await board.CurrentAsync(CancellationToken.None))!.Value.Rows).Dismissed);

        var csv = new StringWriter();
        Assert.Equal(1, await Get<ModelExports>().WriteAsync("anomalies", csv, null, CancellationToken.None));
        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,product_id,order_id,kind,value,expected,reason", lines[0]);
        Assert.StartsWith("2025-04-10,SKU-1,,drop,0,", lines[1]);
    }
}
