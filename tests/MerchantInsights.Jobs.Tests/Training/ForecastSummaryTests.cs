using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Models;
using MerchantInsights.Testing;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Tests.Training;

/// <summary>The forecast summary carries the reorder calibration through the model store unchanged (the reorder export reads it back).</summary>
public sealed class ForecastSummaryTests : IAsyncLifetime
{
    private readonly JobsShop _jobs = new();

    public Task InitializeAsync() => _jobs.InitializeAsync();
    public Task DisposeAsync() => _jobs.DisposeAsync();

    [Fact]
    public async Task Stored_forecast_summary_gives_back_the_same_reorder_points()
    {
        var calibration = LeadTimeCalibration.Build([Enumerable.Range(0, 200).Select(d => (double)(d * 7 % 5)).ToArray()]);
        var mug = new DemandForecast("MUG", new DateOnly(2026, 2, 1), [2, 2], [1, 1], [3, 3], [0, 0], [4, 4], "SSA (recurrent)",
            new Dictionary<string, string>(), [], new ForecastAccuracy(0.8, 1.25, 0.8, 0.95, 1, 2));
        var store = _jobs.Get<ModelStore>();
        await store.SaveAsync(ModelKinds.Forecast, new DateOnly(2026, 1, 31), ForecastSummary.From(2, [mug]) with { ReorderCalibration = calibration },
            [KeyValuePair.Create(mug.ProductId, mug)], CancellationToken.None);

        var read = (await store.CurrentAsync<ForecastSummary>(ModelKinds.Forecast, CancellationToken.None))!.Summary.ReorderCalibration;

        Assert.NotNull(read);
        Assert.Equal(calibration.Quantiles, read.Quantiles);
        var recent = new RecentDemand(1.5, 2, 2, 0.2);
        Assert.Equal(calibration.ReorderPoint(28, 14, recent, 0.95), read.ReorderPoint(28, 14, recent, 0.95));
        Assert.NotNull(read.ReorderPoint(28, 14, recent, 0.95));
    }
}
