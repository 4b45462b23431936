using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Import;

namespace MerchantInsights.Web.Components.Pages.Upload;

public enum UploadStage { Choose, Preview, Importing, Done }

/// <summary>The upload page's steps: keep the file, preview and map it, queue the import, read the outcome.</summary>
public sealed class UploadPageState(UploadStore uploads, ImportService imports)
{
    /// <summary>The importer's own limit, so the browser never sends a file the import would refuse (nor stops at the 500 KB
    /// default).</summary>
    public const long MaxUploadBytes = ImportOptions.DefaultMaxFileBytes;

    public UploadStage Stage { get; private set; } = UploadStage.Choose;
    public string? FileName { get; private set; }
    public string? StoredPath { get; private set; }
    public FilePreview? Preview { get; private set; }
    public ColumnMapping? Mapping { get; set; }
    public Guid? JobId { get; private set; }
    public ImportSummary? Summary { get; private set; }
    public RejectedImportResult? Rejected { get; private set; }
    public string? Error { get; private set; }

    public async Task AcceptFileAsync(Stream content, string fileName, long size, CancellationToken ct)
    {
        Reset();
        FileName = fileName;
        try
        {
            // Refused before a byte is received: a wrong kind of file or one the import would refuse for its size.
            FileKind.Check(fileName);
            FileSizeLimit.Check(fileName, size, MaxUploadBytes);
            if (size == 0) throw new CsvImportException(fileName, "the file is empty. Export your orders again and upload the new file.");
            StoredPath = await uploads.SaveAsync(content, fileName, ct);
            Preview = SalesFilePreviewer.Preview(StoredPath, fileName, maxFileBytes: MaxUploadBytes);
            Mapping = Preview.SuggestedMapping;
            Stage = UploadStage.Preview;
        }
        catch (CsvImportException e) { Error = e.Message; }
        catch (IOException)
        {
            Error = $"{fileName}: the upload stopped before the whole file arrived (the connection dropped, the disk is full, or the " +
                $"file changed while it was sent). " +
                "Nothing was imported; choose the file again.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else a hostile file makes a reader throw, the page says so in words and stays usable.
            Error = $"{fileName}: this file could not be read as a sales export ({e.GetType().Name}). Nothing was imported. " +
                "Open it in a spreadsheet program, save it as CSV (UTF-8), and upload that.";
        }
    }

    public IReadOnlyList<SalesColumn> MissingColumns => Mapping?.MissingRequired() ?? SalesColumns.Required;

    public async Task StartImportAsync(bool importValidRowsAnyway, CancellationToken ct)
    {
        if (StoredPath is null || FileName is null || Mapping is null) return;
        Error = null;
        Rejected = null;
        JobId = (await imports.QueueAsync(new ImportJobPayload(StoredPath, FileName, Mapping, importValidRowsAnyway), ct)).Id;
        Stage = UploadStage.Importing;
    }

    public void Finish(JobRecord job)
    {
        if (job.Status == JobStatus.Succeeded && job.ResultJson is not null)
        {
            Summary = JsonSerializer.Deserialize<ImportSummary>(job.ResultJson);
            Stage = UploadStage.Done;
            return;
        }
        Error = job.Error ?? "The import did not finish.";
        Rejected = job.ResultJson is null ? null : JsonSerializer.Deserialize<RejectedImportResult>(job.ResultJson);
        Stage = UploadStage.Preview;
    }

    public void Reset()
    {
        Stage = UploadStage.Choose;
        FileName = StoredPath = null;
        Preview = null;
        Mapping = null;
        JobId = null;
        Summary = null;
        Rejected = null;
        Error = null;
    }
}
