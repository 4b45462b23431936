using System.Text.Json;
using MerchantInsights.Data;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Storage;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Tests.Queue;

public sealed class JobRunnerTests() : JobsShopTests(s => s.AddSingleton<IJobHandler>(new ScriptedHandler()))
{
    private JobStore Store => Get<JobStore>();
    private JobRunner Runner => Get<JobRunner>();

    [Fact]
    public async Task A_successful_job_ends_succeeded_at_100_percent_with_its_result()
    {
        var job = await Store.CreateAsync(ScriptedHandler.JobKind, "ok", "\"succeed\"", CancellationToken.None);
        var seen = new List<double>();
        using var _ = Get<JobNotifier>().Subscribe(j => { lock (seen) seen.Add(j.Progress); return Task.CompletedTask; });

        var done = await Runner.RunAsync(job.Id, CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, done!.Status);
        Assert.Equal(100, done.Progress);
        Assert.Equal("{\"answer\":42}", done.ResultJson);
        Assert.NotNull(done.StartedAt);
        Assert.NotNull(done.FinishedAt);
        Assert.Contains(100, seen);
    }

    [Fact]
    public async Task A_failing_job_keeps_the_handlers_message()
    {
        var job = await Store.CreateAsync(ScriptedHandler.JobKind, "bad", "\"fail\"", CancellationToken.None);
        var done = await Runner.RunAsync(job.Id, CancellationToken.None);
        Assert.Equal(JobStatus.Failed, done!.Status);
        Assert.Equal("shop.csv: the file is empty.", done.Error);
    }

    [Fact]
    public async Task A_cancelled_job_is_marked_cancelled()
    {
        var job = await Store.CreateAsync(ScriptedHandler.JobKind, "slow", "\"wait\"", CancellationToken.None);
        var run = Runner.RunAsync(job.Id, CancellationToken.None);
        while (!Runner.Cancel(job.Id)) await Task.Delay(10);
        var done = await run;
        Assert.Equal(JobStatus.Cancelled, done!.Status);
    }

    [Fact]
    public async Task After_a_restart_running_jobs_are_failed_and_queued_ones_are_returned_to_run()
    {
        var running = await Store.CreateAsync(ScriptedHandler.JobKind, "was running", "\"succeed\"", CancellationToken.None);
        await Store.MarkRunningAsync(running.Id, CancellationToken.None);
        var queued = await Store.CreateAsync(ScriptedHandler.JobKind, "was queued", "\"succeed\"", CancellationToken.None);

        var toRun = await Runner.RecoverAfterRestartAsync(CancellationToken.None);

        Assert.Equal([queued.Id], toRun);
        var interrupted = await Store.FindAsync(running.Id, CancellationToken.None);
        Assert.Equal(JobStatus.Failed, interrupted!.Status);
        Assert.StartsWith("Interrupted by a restart", interrupted.Error);
    }

    [Fact]
    public async Task The_import_service_keeps_the_original_and_imports_it_through_a_job()
    {
        var source = Shop.WriteFile("orders.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,"));

        var job = await Get<ImportService>().ImportNowAsync(source, null, false, null, CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, job.Status);
        var summary = JsonSerializer.Deserialize<ImportSummary>(job.ResultJson!)!;
        Assert.Equal(1, summary.RowsImported);
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(Shop.Folder, "uploads")));
        Assert.EndsWith("-orders.csv", kept);
        Assert.Equal(File.ReadAllText(source), File.ReadAllText(kept));
    }

    [Fact]
    public async Task An_import_of_a_bad_file_fails_the_job_with_the_file_and_reason()
    {
        var source = Shop.WriteFile("broken.csv", SalesColumns.CanonicalHeader + "\n");
        var job = await Get<ImportService>().ImportNowAsync(source, null, false, null, CancellationToken.None);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.StartsWith("broken.csv: the file has a header but no rows.", job.Error);
    }

    private sealed class ScriptedHandler : IJobHandler
    {
        public const string JobKind = "scripted";
        public string Kind => JobKind;

        public async Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct)
        {
            var script = JsonSerializer.Deserialize<string>(job.PayloadJson);
            progress.Report(new JobProgress(0.5, "half way"));
            if (script == "fail") throw new JobFailedException("shop.csv: the file is empty.");
            if (script == "wait") await Task.Delay(Timeout.Infinite, ct);
            return "{\"answer\":42}";
        }
    }
}
