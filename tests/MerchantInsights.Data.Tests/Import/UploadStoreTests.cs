using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Import;

public sealed class UploadStoreTests : ShopTests
{
    [Fact]
    public async Task A_copied_file_is_kept_byte_for_byte_under_a_new_name_dated_now_even_when_the_original_is_old()
    {
        var source = Shop.WriteFile("orders.csv", Csv.Canonical("A1,2025-03-01,C1,SKU-1,Mug,Kitchen,2,5.00,"));
        File.SetLastWriteTimeUtc(source, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var store = new UploadStore(Path.Combine(Shop.Folder, "data"));

        var first = await store.SaveCopyAsync(source, CancellationToken.None);
        var second = await store.SaveCopyAsync(source, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.EndsWith("-orders.csv", first);
        Assert.Equal(await File.ReadAllBytesAsync(source), await File.ReadAllBytesAsync(first));
        Assert.True(File.GetLastWriteTimeUtc(first) > DateTime.UtcNow.AddMinutes(-5)); // clean-up of old leftovers must not take it
        Assert.Equal((2, 2 * new FileInfo(source).Length), store.SpaceUsed());
    }

    [Fact]
    public async Task A_missing_original_fails_and_leaves_nothing_behind()
    {
        var store = new UploadStore(Path.Combine(Shop.Folder, "data"));
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.SaveCopyAsync(Path.Combine(Shop.Folder, "gone.csv"),
            CancellationToken.None));
        Assert.Equal((0, 0L), store.SpaceUsed());
    }
}
