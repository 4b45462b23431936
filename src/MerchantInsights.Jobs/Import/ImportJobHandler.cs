using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Import;

/// <summary>Runs an import as a job; file problems fail the job with the importer's plain message and change nothing.</summary>
public sealed class ImportJobHandler(SalesImporter importer, ImportHistory history, JobScheduler scheduler, ModelFeatures features)
    : IJobHandler
{
    public const string JobKind = "import";

    public string Kind => JobKind;

    public async Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<ImportJobPayload>(job.PayloadJson)
            ?? throw new JobFailedException("The import job has no file.");
        try
        {
            var mapping = payload.Mapping ?? SalesFilePreviewer.Preview(payload.StoredPath, payload.FileName).SuggestedMapping;
            var options = new ImportOptions
            {
                ImportValidRowsAnyway = payload.ImportValidRowsAnyway, WriteOnceWhenFirst = payload.RunInline,
            };
            var summary = await importer.ImportAsync(payload.StoredPath, payload.FileName, mapping, options,
                new Progress<ImportProgress>(p => progress.Report(new JobProgress(p.Fraction, p.Message))), ct);
            if (payload.TrainAfter && summary.RowsImported > 0) await TryScheduleTrainingAsync();
            return JsonSerializer.Serialize(summary);
        }
        catch (CsvImportException e)
        {
            throw new JobFailedException(e.Message, null, e);
        }
        catch (TooManyRejectedRowsException e)
        {
            throw new JobFailedException(e.Message,
                JsonSerializer.Serialize(new RejectedImportResult(e.RowsRead, e.RowsRejected, e.FirstProblems)), e);
        }
    }

    /// <summary>The import is committed by now: a busy database must not turn it into a failed job ("Train now" is always there).</summary>
    private async Task TryScheduleTrainingAsync()
    {
        try { await scheduler.ScheduleTrainingAsync(features, TrainingRequest.Everything, CancellationToken.None); }
        catch (Microsoft.Data.Sqlite.SqliteException) { }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException) { }
    }

    /// <summary>An import commits in one transaction: if its batch is there, it was kept whole (only the job's status write was
    /// lost).</summary>
    public async Task<string?> CommittedResultAsync(JobRecord job, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<ImportJobPayload>(job.PayloadJson);
        if (payload is null || await history.FindByUploadAsync(payload.StoredPath, ct) is not { } b) return null;
        return JsonSerializer.Serialize(new ImportSummary(b.Id, b.FileName, b.RowsRead, b.RowsImported, b.RowsRejected,
            b.RowsAlreadyPresent,
            0, 0, null, null, TimeSpan.Zero, []));
    }
}
