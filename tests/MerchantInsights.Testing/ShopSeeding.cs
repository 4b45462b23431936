using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Testing;

/// <summary>The setup most model tests repeat: sales rows into the shop, then a training run that must succeed.</summary>
public static class ShopSeeding
{
    /// <summary>Imports canonical sales rows (<see cref="Csv.Canonical"/>), written to shop.csv in the shop's folder.</summary>
    public static Task<ImportSummary> ImportRowsAsync(this TempShop shop, params IEnumerable<string> rows) =>
        shop.ImportAsync(shop.WriteFile("shop.csv", Csv.Canonical([.. rows])));

    /// <summary>Runs a training job for <paramref name="steps"/> now (all steps when none) and asserts that it succeeded.</summary>
    public static async Task<JobRecord> TrainAsync(this IServiceProvider services, params string[] steps)
    {
        var job = await services.GetRequiredService<TrainingService>().TrainNowAsync(new TrainingRequest(steps), null, CancellationToken.None);
        Assert.True(job.Status == JobStatus.Succeeded, $"{job.Title}: {job.Status} {job.Error}");
        return job;
    }
}
