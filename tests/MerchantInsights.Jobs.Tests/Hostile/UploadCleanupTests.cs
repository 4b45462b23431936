using System.Text.Json;
using MerchantInsights.Data.Import;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Tests.Hostile;

/// <summary>Issue 16: data/uploads keeps what undo needs and what waiting jobs read; the rest goes after a day.</summary>
public sealed class UploadCleanupTests : JobsShopTests
{
    [Fact]
    public async Task Only_imported_originals_waiting_inputs_and_fresh_previews_are_kept()
    {
        var uploads = Services.GetRequiredService<UploadStore>();
        var imported = await Services.GetRequiredService<ImportService>().ImportNowAsync(
            Shop.WriteFile("march.csv", Csv.Canonical("A1,2025-03-01,C1,MUG,Mug,K,1,5.00,")), null, false, null, CancellationToken.None);
        var kept = JsonSerializer.Deserialize<ImportJobPayload>(imported.PayloadJson)!.StoredPath;
        var refused = await Services.GetRequiredService<ImportService>().ImportNowAsync(
            Shop.WriteFile("empty.csv", SalesColumns.CanonicalHeader + "\n"), null, false, null, CancellationToken.None);
        var waiting = await uploads.SaveCopyAsync(Shop.WriteFile("april.csv", Csv.Canonical("A2,2025-04-01,C1,MUG,Mug,K,1,5.00,")), CancellationToken.None);
        await Services.GetRequiredService<ImportService>().QueueAsync(new ImportJobPayload(waiting, "april.csv", null), CancellationToken.None);
        var leftover = Path.Combine(uploads.Folder, "x.xlsx.sheet.csv.1a2b3c4d.tmp");
        File.WriteAllText(leftover, "partial");
        var before = uploads.SpaceUsed();

        var dayLater = new Later(DateTimeOffset.UtcNow.AddDays(1).AddMinutes(1));
        var deleted = await new UploadCleaner(uploads, Services.GetRequiredService<ImportHistory>(), Services.GetRequiredService<JobStore>(), dayLater)
            .CleanAsync(CancellationToken.None);

        Assert.Equal(4, before.Files);
        Assert.Equal([Path.GetFileName(JsonSerializer.Deserialize<ImportJobPayload>(refused.PayloadJson)!.StoredPath), Path.GetFileName(leftover)], deleted.Order());
        Assert.Equal(new[] { kept, waiting }.Order(), Directory.GetFiles(uploads.Folder).Order());
        Assert.Equal(2, uploads.SpaceUsed().Files);
        Assert.Empty(await Services.GetRequiredService<UploadCleaner>().CleanAsync(CancellationToken.None)); // nothing is a day old yet
    }

    private sealed class Later(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
