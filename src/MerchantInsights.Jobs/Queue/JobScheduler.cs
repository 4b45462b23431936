using MerchantInsights.Data.Jobs;

namespace MerchantInsights.Jobs.Queue;

/// <summary>What pages call to start background work: creates the durable job row, then wakes the worker.</summary>
public sealed class JobScheduler(JobStore store, JobQueue queue)
{
    public async Task<JobRecord> ScheduleAsync(string kind, string title, string payloadJson, CancellationToken ct)
    {
        var job = await store.CreateAsync(kind, title, payloadJson, ct);
        await queue.EnqueueAsync(job.Id, ct);
        return job;
    }
}
