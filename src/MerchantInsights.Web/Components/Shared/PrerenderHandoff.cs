using System.Collections.Concurrent;

namespace MerchantInsights.Web.Components.Shared;

/// <summary>
/// Page states loaded while the server prerendered a page, kept for a minute so that the same page, once its circuit is
/// connected, starts from them instead of loading again: its first interactive render then shows what the first paint
/// showed, not a "nothing yet" notice or a spinner in between (issue 17). A state is taken once; one never taken (a
/// browser that did not connect) is dropped when it expires.
/// </summary>
public sealed class PrerenderHandoff(TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (object State, DateTimeOffset Until)> _kept = new(StringComparer.Ordinal);

    private long _taken;

    /// <summary>States waiting for their live page.</summary>
    public int Count => _kept.Count;

    /// <summary>States live pages started from so far.</summary>
    public long Taken => Interlocked.Read(ref _taken);

    /// <summary>Keeps <paramref name="state"/> and returns the key the page carries to its interactive render.</summary>
    public string Keep(object state)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, kept) in _kept)
            if (kept.Until <= now) _kept.TryRemove(key, out _);
        var id = Guid.NewGuid().ToString("N");
        _kept[id] = (state, now + KeptFor);
        return id;
    }

    /// <summary>The state kept under <paramref name="key"/>, once; null when unknown, expired or of another type.</summary>
    public T? Take<T>(string? key) where T : class
    {
        if (key is null || !_kept.TryRemove(key, out var kept) || kept.Until <= clock.GetUtcNow() || kept.State is not T state) return null;
        Interlocked.Increment(ref _taken);
        return state;
    }
}
