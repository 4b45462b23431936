using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Import;

namespace MerchantInsights.Web.Demo;

/// <summary>The demo shop CSV embedded from wwwroot-assets/, imported like any upload so it can be undone.</summary>
public sealed class DemoShop(UploadStore uploads, ImportService imports)
{
    public const string FileName = "demo-shop.csv";

    public bool IsAvailable => typeof(DemoShop).Assembly.GetManifestResourceInfo(FileName) is not null;

    public async Task<JobRecord> LoadAsync(CancellationToken ct)
    {
        await using var content = typeof(DemoShop).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException("The demo shop is not built into this version of the app.");
        var stored = await uploads.SaveAsync(content, FileName, ct);
        return await imports.QueueAsync(new ImportJobPayload(stored, FileName, null), ct);
    }
}
