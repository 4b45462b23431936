using MerchantInsights.Data.Models;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Models;

public sealed class ModelStoreTests : ShopTests
{
    private ModelStore Store => new(Shop.Contexts, TimeProvider.System);

    private sealed record Summary(string Method, double Score);
    private sealed record Item(string Id, double[] Values);

    private static IEnumerable<KeyValuePair<string, Item>> Items(params string[] ids) =>
        ids.Select(id => KeyValuePair.Create(id, new Item(id, [1.5, double.NaN])));

    [Fact]
    public async Task A_saved_version_becomes_current_with_its_summary_and_items_in_key_order()
    {
        var id = await Store.SaveAsync("forecast", new DateOnly(2026, 10, 31), new Summary("SSA", 0.7), Items("b", "a"), CancellationToken.None);

        var current = await Store.CurrentAsync<Summary>("forecast", CancellationToken.None);
        Assert.NotNull(current);
        Assert.Equal(id, current.Id);
        Assert.Equal(new Summary("SSA", 0.7), current.Summary);
        Assert.Equal(new DateOnly(2026, 10, 31), current.DataTo);
        Assert.Equal(2, current.Items);
        var items = new List<string>();
        await foreach (var (key, item) in Store.ItemsAsync<Item>(id, CancellationToken.None))
        {
            items.Add(key);
            Assert.True(double.IsNaN(item.Values[1]));
        }
        Assert.Equal(["a", "b"], items);
        Assert.Equal(1.5, (await Store.ItemAsync<Item>(id, "b", CancellationToken.None))!.Values[0]);
        Assert.Null(await Store.ItemAsync<Item>(id, "missing", CancellationToken.None));
    }

    [Fact]
    public async Task A_new_version_replaces_the_current_one_and_only_one_older_version_is_kept()
    {
        var first = await Store.SaveAsync("pricing", new DateOnly(2026, 1, 1), new Summary("v1", 1), Items("x"), CancellationToken.None);
        var second = await Store.SaveAsync("pricing", new DateOnly(2026, 2, 1), new Summary("v2", 2), Items("x"), CancellationToken.None);
        var third = await Store.SaveAsync("pricing", new DateOnly(2026, 3, 1), new Summary("v3", 3), Items("x"), CancellationToken.None);
        await Store.SaveAsync("forecast", new DateOnly(2026, 3, 1), new Summary("other kind", 0), Items("y"), CancellationToken.None);

        Assert.Equal(third, (await Store.CurrentAsync<Summary>("pricing", CancellationToken.None))!.Id);
        Assert.Equal(0, await Shop.ScalarAsync($"SELECT COUNT(*) FROM ModelVersions WHERE Id = {first}"));
        Assert.Equal(0, await Shop.ScalarAsync($"SELECT COUNT(*) FROM ModelResults WHERE ModelVersionId = {first}"));
        Assert.Equal(1, await Shop.ScalarAsync($"SELECT COUNT(*) FROM ModelVersions WHERE Id = {second} AND IsCurrent = 0"));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM ModelVersions WHERE Kind = 'forecast' AND IsCurrent = 1"));
    }

    [Fact]
    public async Task A_cancelled_save_leaves_the_previous_version_current()
    {
        var first = await Store.SaveAsync("pricing", new DateOnly(2026, 1, 1), new Summary("v1", 1), Items("x"), CancellationToken.None);
        using var cts = new CancellationTokenSource();

        IEnumerable<KeyValuePair<string, Item>> CancelHalfway()
        {
            yield return Items("a").Single();
            cts.Cancel();
            yield return Items("b").Single();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync("pricing", new DateOnly(2026, 2, 1), new Summary("v2", 2), CancelHalfway(), cts.Token));
        Assert.Equal(first, (await Store.CurrentAsync<Summary>("pricing", CancellationToken.None))!.Id);
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM ModelVersions"));
    }

    [Fact]
    public async Task No_model_yet_reads_as_null() =>
        Assert.Null(await Store.CurrentAsync<Summary>("recommendations", CancellationToken.None));
}
