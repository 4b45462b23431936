using System.Text;
using MerchantInsights.Data.Import;

namespace MerchantInsights.Web.Hosting;

/// <summary>Files the user can download: the refused rows of an import.</summary>
public static class DownloadEndpoints
{
    public static void MapDownloads(this WebApplication app) =>
        app.MapGet("/imports/{batchId:int}/rejections.csv", async (int batchId, ImportHistory history, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetBytes(RejectionsCsv.Write(await history.RejectionsAsync(batchId, ct))), "text/csv", $"import-{batchId}-rejected-rows.csv"));
}
