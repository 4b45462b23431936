using System.Collections.Concurrent;
using System.Text.Json;
using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Models;

/// <summary>Saves trained models as versions and reads the current one; results are JSON per item.</summary>
public sealed class ModelStore(IDbContextFactory<SalesDbContext> contexts, TimeProvider clock)
{
    // Engines may report "not measurable" as NaN (e.g. MASE of a product with no history); keep it rather than fail the save.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes a new version and makes it current in one transaction; older versions of the kind are kept one deep.</summary>
    public async Task<long> SaveAsync<TSummary, TItem>(string kind, DateOnly dataTo, TSummary summary,
        IEnumerable<KeyValuePair<string, TItem>> items, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var version = new ModelVersion
        {
            Kind = kind, TrainedAt = clock.GetUtcNow().UtcDateTime, DataTo = dataTo,
            SummaryJson = JsonSerializer.Serialize(summary, Json),
        };
        foreach (var (key, item) in items)
            version.Results.Add(new ModelResult { Key = key, PayloadJson = JsonSerializer.Serialize(item, Json) });
        version.Items = version.Results.Count;
        db.ModelVersions.Add(version);
        await db.SaveChangesAsync(ct);

        var older = await db.ModelVersions.Where(v => v.Kind == kind && v.Id != version.Id).OrderByDescending(v => v.Id).Select(v => v.Id)
            .ToListAsync(ct);
        await db.ModelVersions.Where(v => v.Kind == kind && v.Id != version.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsCurrent, false), ct);
        await db.ModelVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsCurrent, true), ct);
        var obsolete = older.Skip(1).ToList();
        if (obsolete.Count > 0)
        {
            await db.ModelResults.Where(r => obsolete.Contains(r.ModelVersionId)).ExecuteDeleteAsync(ct);
            await db.ModelVersions.Where(v => obsolete.Contains(v.Id)).ExecuteDeleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        return version.Id;
    }

    public async Task<CurrentModel<TSummary>?> CurrentAsync<TSummary>(string kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var v = await db.ModelVersions.AsNoTracking().Where(m => m.Kind == kind && m.IsCurrent).FirstOrDefaultAsync(ct);
        return v is null ? null : new CurrentModel<TSummary>(v.Id, v.Kind, v.TrainedAt, v.DataTo, v.Items,
            Deserialize<TSummary>(v.SummaryJson));
    }

    public async Task<TItem?> ItemAsync<TItem>(long versionId, string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var json = await db.ModelResults.AsNoTracking().Where(r => r.ModelVersionId == versionId && r.Key == key).Select(r => r.PayloadJson)
            .FirstOrDefaultAsync(ct);
        return json is null ? default : Deserialize<TItem>(json);
    }

    /// <summary>Every item of a version in memory, by key (a page's few thousand products).</summary>
    public async Task<Dictionary<string, TItem>> AllItemsAsync<TItem>(long versionId, CancellationToken ct)
    {
        var items = new Dictionary<string, TItem>(StringComparer.Ordinal);
        await foreach (var (key, item) in ItemsAsync<TItem>(versionId, ct)) items[key] = item;
        return items;
    }

    /// <summary>
    /// Every item of the model in memory, read once per version and shared by every page that opens on it (a stored
    /// version never changes; the next training makes a new one). Callers must not change what they get.
    /// </summary>
    public Task<IReadOnlyDictionary<string, TItem>> SharedItemsAsync<TSummary, TItem>(CurrentModel<TSummary> model, CancellationToken ct) =>
        ViewAsync<TSummary, IReadOnlyDictionary<string, TItem>>(model, "items:" + typeof(TItem).FullName,
            async c => await AllItemsAsync<TItem>(model.Id, c), ct);

    /// <summary>
    /// Something derived from one model version alone (all its items, alerts in display order, lumpiness of every product),
    /// built once and kept until that kind of model is trained again, so a page opening on thousands of items reads
    /// none of them twice. <paramref name="build"/> must depend on nothing but the version; what it returns is shared.
    /// </summary>
    public async Task<T> ViewAsync<TSummary,
        T>(CurrentModel<TSummary> model, string view, Func<CancellationToken, Task<T>> build, CancellationToken ct)
    {
        var key = (model.Kind, view);
        if (!_views.TryGetValue(key, out var entry) || entry.Version != (model.Id, model.TrainedAt) || entry.Value.IsFaulted
            || entry.Value.IsCanceled)
        {
            // Built without the caller's token: a page closed half-way must not leave a cancelled view for the next one.
            entry = new((model.Id, model.TrainedAt), Box(build));
            _views[key] = entry;
        }
        return (T)await entry.Value.WaitAsync(ct);

        static async Task<object> Box(Func<CancellationToken, Task<T>> build) => (await build(CancellationToken.None))!;
    }

    private sealed record ViewEntry((long Id, DateTime TrainedAt) Version, Task<object> Value);

    private readonly ConcurrentDictionary<(string Kind, string View), ViewEntry> _views = new();

    /// <summary>The keys of a version's items (product or customer ids), in order — for pickers.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(long versionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ModelResults.AsNoTracking().Where(r => r.ModelVersionId == versionId).OrderBy(r => r.Key).Select(r => r.Key)
            .ToListAsync(ct);
    }

    /// <summary>
    /// One page of the items whose key starts with <paramref name="prefix"/>, in key order, and how many there are: a
    /// range scan of the primary key, so a page of a 100,000-item version costs milliseconds.
    /// </summary>
    public async Task<(int Total, List<KeyValuePair<string, TItem>> Page)> PageAsync<TItem>(long versionId, string prefix, int skip,
        int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Every key with the prefix sorts before prefix + U+FFFF (keys are ids and digits).
        var (from, to) = (prefix, prefix + '\uffff');
        var range = db.ModelResults.AsNoTracking()
            .Where(r => r.ModelVersionId == versionId && string.Compare(r.Key, from) >= 0 && string.Compare(r.Key, to) < 0);
        var total = await range.CountAsync(ct);
        var rows = await range.OrderBy(r => r.Key).Skip(skip).Take(take).Select(r => new { r.Key, r.PayloadJson }).ToListAsync(ct);
        return (total, rows.Select(r => KeyValuePair.Create(r.Key, Deserialize<TItem>(r.PayloadJson))).ToList());
    }

    /// <summary>Every item of a version, in key order, streamed (exports of thousands of customers stay small in memory).</summary>
    public async IAsyncEnumerable<KeyValuePair<string,
        TItem>> ItemsAsync<TItem>(long versionId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = db.ModelResults.AsNoTracking().Where(r => r.ModelVersionId == versionId).OrderBy(r => r.Key).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
            yield return new(r.Key, Deserialize<TItem>(r.PayloadJson));
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException("A stored model is unreadable; train again.");
}

/// <summary>The current version of one kind of model with its summary.</summary>
public sealed record CurrentModel<TSummary>(long Id, string Kind, DateTime TrainedAt, DateOnly DataTo, int Items, TSummary Summary);
