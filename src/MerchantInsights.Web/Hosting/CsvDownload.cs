using System.Text;

namespace MerchantInsights.Web.Hosting;

/// <summary>
/// A CSV written straight to the response as it is produced (never buffered whole). The writer may still refuse
/// before its first line (no model yet): then nothing has been sent and the request ends in that 404 instead.
/// </summary>
internal sealed class CsvDownload(string fileName, Func<TextWriter, CancellationToken, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 1 << 14, leaveOpen: true);
        try
        {
            await write(writer, http.RequestAborted);
        }
        catch (Jobs.Exports.ModelNotTrainedException e) when (!response.HasStarted)
        {
            // Thrown before the first line, so nothing was buffered or sent: answer in words instead.
            response.Headers.ContentDisposition = default;
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(e.Message, http.RequestAborted);
        }
    }
}
