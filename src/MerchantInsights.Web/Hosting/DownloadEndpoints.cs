using MerchantInsights.Data.Import;

namespace MerchantInsights.Web.Hosting;

/// <summary>Files the user can download: the refused rows of an import, streamed.</summary>
public static class DownloadEndpoints
{
    public static void MapDownloads(this WebApplication app) =>
        app.MapGet("/imports/{batchId:int}/rejections.csv", (int batchId, ImportHistory history) =>
            new CsvDownload($"import-{batchId}-rejected-rows.csv",
                (writer, ct) => RejectionsCsv.WriteAsync(history.StreamRejectionsAsync(batchId, ct), writer, ct)));
}
