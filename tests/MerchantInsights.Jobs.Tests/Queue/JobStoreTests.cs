using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Testing;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Jobs.Tests.Queue;

/// <summary>The store writes job rows with plain SQL: they must read back, and read through EF, exactly as written.</summary>
public sealed class JobStoreTests : JobsShopTests
{
    private JobStore Store => Get<JobStore>();

    [Fact]
    public async Task A_job_reads_back_field_for_field_through_the_store_and_through_entity_framework()
    {
        var job = await Store.CreateAsync("import", "Import shop.csv", "{\"a\":1}", CancellationToken.None);
        await Store.MarkRunningAsync(job.Id, CancellationToken.None);
        await Store.FinishAsync(job.Id, JobStatus.Failed, "Failed", "{\"rows\":3}", "shop.csv: row 2, column 'quantity': not a number.");

        var stored = (await Store.FindAsync(job.Id, CancellationToken.None))!;
        await using var db = Shop.Database.CreateContext();
        var viaEf = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id);

        foreach (var j in new[] { stored, viaEf })
        {
            Assert.Equal(job.Id, j.Id);
            Assert.Equal(("import", "Import shop.csv", "{\"a\":1}"), (j.Kind, j.Title, j.PayloadJson));
            Assert.Equal((JobStatus.Failed, "Failed", "{\"rows\":3}"), (j.Status, j.Message, j.ResultJson));
            Assert.Equal("shop.csv: row 2, column 'quantity': not a number.", j.Error);
            Assert.Equal(job.CreatedAt, j.CreatedAt);
            Assert.True(j.StartedAt >= j.CreatedAt && j.FinishedAt >= j.StartedAt);
        }
        Assert.Equal(viaEf.StartedAt, stored.StartedAt);
        Assert.Equal(viaEf.FinishedAt, stored.FinishedAt);
        Assert.Null(await Store.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Lists_come_in_the_order_the_pages_and_the_worker_need()
    {
        var first = await Store.CreateAsync("import", "first", "{}", CancellationToken.None);
        await Task.Delay(5);
        var second = await Store.CreateAsync("train", "second", "{}", CancellationToken.None);
        await Task.Delay(5);
        var third = await Store.CreateAsync("train", "third", "{}", CancellationToken.None);
        await Store.MarkRunningAsync(second.Id, CancellationToken.None);

        Assert.Equal([third.Id, second.Id], (await Store.RecentAsync(2, CancellationToken.None)).Select(j => j.Id));
        Assert.Equal([first.Id, third.Id], await Store.QueuedAsync(CancellationToken.None));
        Assert.Equal([second.Id], (await Store.RunningAsync(CancellationToken.None)).Select(j => j.Id));
        Assert.Equal(3, (await Store.UnfinishedAsync(CancellationToken.None)).Count);
    }
}
