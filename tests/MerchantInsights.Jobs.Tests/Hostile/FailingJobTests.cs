using System.Text.Json;
using MerchantInsights.Data;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Storage;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MerchantInsights.Jobs.Tests.Hostile;

/// <summary>Issue 16: a job that fails in any way is that job's failure; the worker (and with it the web app) goes on.</summary>
public sealed class FailingJobTests : IAsyncLifetime
{
    private readonly CapturedLog<JobRunner> _runnerLog = new();
    private readonly CapturedLog<JobWorker> _workerLog = new();
    private readonly JobsShop _jobs;

    // A short busy timeout, so "held longer than the timeout" takes seconds, not two minutes.
    public FailingJobTests() => _jobs = new JobsShop(s => s.AddSingleton<ILogger<JobRunner>>(_runnerLog), TimeSpan.FromSeconds(2));

    private TempShop Shop => _jobs.Shop;
    private ServiceProvider Services => _jobs.Services;

    public Task InitializeAsync() => _jobs.InitializeAsync();
    public Task DisposeAsync() => _jobs.DisposeAsync();

    private JobStore Store => Services.GetRequiredService<JobStore>();

    private Task<JobRecord> ImportJobAsync(string name) =>
        Store.CreateAsync(ImportJobHandler.JobKind, "Import " + name, JsonSerializer.Serialize(
            new ImportJobPayload(Shop.WriteFile(name, Csv.Canonical($"{name},2025-03-01,C1,MUG-1,Mug,Kitchen,1,12.50,")), name, null)), CancellationToken.None);

    [Fact]
    public async Task A_job_blocked_by_another_writer_fails_with_a_busy_message_and_the_worker_goes_on()
    {
        var blocked = await ImportJobAsync("blocked.csv");
        // The other writer (a CLI import) holds the database before the worker starts: the worker's start-up picks up the
        // queued job itself, so it cannot run before the lock is taken (started first, it sometimes did, and no busy came).
        var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Shop.Database.Path, Pooling = false }.ToString());
        await other.OpenAsync();
        await using (var hold = other.CreateCommand()) { hold.CommandText = "BEGIN IMMEDIATE"; await hold.ExecuteNonQueryAsync(); }
        var worker = new JobWorker(Services.GetRequiredService<JobQueue>(), Services.GetRequiredService<JobRunner>(), Services.GetRequiredService<UploadCleaner>(), _workerLog);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The job fails on the busy database; its status is then written with two tries of the busy timeout each, so the
            // other writer lets go as soon as the failure is logged (waiting for the first try's "busy" warning, as before,
            // left a loaded machine too little of the second try, and the status stayed "Running").
            await _runnerLog.WaitForAsync($"{blocked.Id} failed", worker.ExecuteTask!);
            await other.DisposeAsync(); // the other writer (a CLI import) lets go
            await _workerLog.WaitForAsync($"{blocked.Id} finished: Failed", worker.ExecuteTask!);
            var next = await ImportJobAsync("next.csv");
            await Services.GetRequiredService<JobQueue>().EnqueueAsync(next.Id, CancellationToken.None);
            await _workerLog.WaitForAsync($"{next.Id} finished: Succeeded", worker.ExecuteTask!);

            Assert.False(worker.ExecuteTask!.IsCompleted);
            var failed = await Store.FindAsync(blocked.Id, CancellationToken.None);
            Assert.Equal(JobStatus.Failed, failed!.Status);
            Assert.Equal("The database was busy with another program (another MerchantInsights window or a command-line import or training) for too long; " +
                "nothing this job was doing was kept. Try again when the other one has finished.", failed.Error);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_committed_import_whose_status_write_was_lost_is_reported_as_kept_after_a_restart()
    {
        var job = await ImportJobAsync("kept.csv");
        await Store.MarkRunningAsync(job.Id, CancellationToken.None);
        var payload = JsonSerializer.Deserialize<ImportJobPayload>(job.PayloadJson)!;
        await Shop.ImportAsync(payload.StoredPath); // committed; then the process died before writing "Succeeded"

        await Services.GetRequiredService<JobRunner>().RecoverAfterRestartAsync(CancellationToken.None);

        var settled = await Store.FindAsync(job.Id, CancellationToken.None);
        Assert.Equal(JobStatus.Succeeded, settled!.Status);
        Assert.Null(settled.Error);
        Assert.Equal("Done (its status was recorded after a restart of the app)", settled.Message);
        Assert.Equal(1, JsonSerializer.Deserialize<ImportSummary>(settled.ResultJson!)!.RowsImported);
    }

    [Fact]
    public async Task A_page_whose_subscription_throws_does_not_turn_a_committed_import_into_a_failure()
    {
        var job = await ImportJobAsync("watched.csv");
        using var _ = Services.GetRequiredService<JobNotifier>().Subscribe(j =>
            j.Status == JobStatus.Succeeded ? throw new TaskCanceledException("the page's circuit is gone") : Task.CompletedTask);

        var done = await Services.GetRequiredService<JobRunner>().RunAsync(job.Id, CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, done!.Status);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
    }

    [Fact]
    public async Task An_unexpected_exception_shows_plain_words_on_the_jobs_page_never_its_text()
    {
        var job = await Store.CreateAsync(Throws.JobKind, "throws", "{}", CancellationToken.None);
        var services = new ServiceCollection();
        services.AddSalesData(Shop.Database.Path);
        services.AddJobs(withWorker: false);
        services.AddSingleton<IJobHandler, Throws>();
        await using var provider = services.BuildServiceProvider();

        var done = await provider.GetRequiredService<JobRunner>().RunAsync(job.Id, CancellationToken.None);

        Assert.Equal(JobStatus.Failed, done!.Status);
        Assert.Equal("The job stopped on an unexpected error; nothing it was doing was kept. Try again; the details are in the app's log.", done.Error);
    }

    private sealed class Throws : IJobHandler
    {
        public const string JobKind = "throws";
        public string Kind => JobKind;
        public Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct) =>
            throw new InvalidOperationException("SQLite Error 1: 'no such column: Secret' at /home/owner/shop.db");
    }
}
