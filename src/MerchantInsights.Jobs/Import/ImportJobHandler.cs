using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Import;

/// <summary>Runs an import as a job; file problems fail the job with the importer's plain message and change nothing.</summary>
public sealed class ImportJobHandler(SalesImporter importer, JobScheduler scheduler) : IJobHandler
{
    public const string JobKind = "import";

    public string Kind => JobKind;

    public async Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<ImportJobPayload>(job.PayloadJson) ?? throw new JobFailedException("The import job has no file.");
        try
        {
            var mapping = payload.Mapping ?? SalesFilePreviewer.Preview(payload.StoredPath, payload.FileName).SuggestedMapping;
            var options = new ImportOptions { ImportValidRowsAnyway = payload.ImportValidRowsAnyway };
            var summary = await importer.ImportAsync(payload.StoredPath, payload.FileName, mapping, options,
                new Progress<ImportProgress>(p => progress.Report(new JobProgress(p.Fraction, p.Message))), ct);
            if (payload.TrainAfter && summary.RowsImported > 0) await scheduler.ScheduleTrainingAsync(TrainingRequest.Everything, CancellationToken.None);
            return JsonSerializer.Serialize(summary);
        }
        catch (CsvImportException e)
        {
            throw new JobFailedException(e.Message, null, e);
        }
        catch (TooManyRejectedRowsException e)
        {
            throw new JobFailedException(e.Message, JsonSerializer.Serialize(new RejectedImportResult(e.RowsRead, e.RowsRejected, e.FirstProblems)), e);
        }
    }
}
