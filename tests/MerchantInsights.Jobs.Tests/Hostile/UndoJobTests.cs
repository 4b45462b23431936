using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Tests.Hostile;

/// <summary>Issue 16: undo runs in the job queue, keeps lines a later import relies on, and re-trains after it.</summary>
public sealed class UndoJobTests : JobsShopTests
{
    [Fact]
    public async Task Undo_is_a_queued_job_that_keeps_shared_lines_and_queues_training_after_it()
    {
        var imports = Services.GetRequiredService<ImportService>();
        var first = await imports.ImportNowAsync(Shop.WriteFile("march.csv", Csv.Canonical("A1,2025-03-01,C1,MUG,Mug,K,1,5.00,", "A2,2025-03-30,C2,CUP,Cup,K,2,4.00,")), null, false, null, CancellationToken.None);
        await imports.ImportNowAsync(Shop.WriteFile("late-march.csv", Csv.Canonical("A2,2025-03-30,C2,CUP,Cup,K,2,4.00,", "A3,2025-03-31,C3,CUP,Cup,K,1,4.00,")), null, false, null, CancellationToken.None);
        var batch = (await Services.GetRequiredService<ImportHistory>().ListAsync(CancellationToken.None)).Single(b => b.FileName == "march.csv");
        Assert.Equal(JobStatus.Succeeded, first.Status);

        var undo = await imports.QueueUndoAsync(batch, CancellationToken.None);
        Assert.Equal(JobStatus.Queued, undo.Status);
        var done = await Services.GetRequiredService<JobRunner>().RunAsync(undo.Id, CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, done!.Status);
        Assert.Equal(2, JsonSerializer.Deserialize<UndoResult>(done.ResultJson!)!.LinesLeft);
        Assert.Equal(2, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        var jobs = await Services.GetRequiredService<JobStore>().RecentAsync(10, CancellationToken.None);
        Assert.Contains(jobs, j => j.Kind == TrainJobHandler.JobKind && j.Status == JobStatus.Queued);
    }
}
