using System.Numerics;

namespace MerchantInsights.Data.Import;

/// <summary>
/// A table of 64-bit keys (line keys, order-id hashes) with a small value each: open addressing with linear probing, 9 bytes a slot
/// and at most three-quarters full — about a third of a Dictionary&lt;long, bool&gt;'s 24 bytes an entry plus buckets, which matters
/// with millions of lines (the import's peak memory, bench/import-vs-sqlite.sh).
/// </summary>
public sealed class LongTable
{
    public const byte MaxValue = 254;
    private long[] _keys;
    // 0 = empty slot, otherwise the value + 1: every key value, 0 included, can be stored.
    private byte[] _state;
    private int _shift;

    public LongTable(int capacity = 16)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity + capacity / 3 + 1));
        (_keys, _state, _shift) = (new long[size], new byte[size], 64 - BitOperations.Log2((uint)size));
    }

    public int Count { get; private set; }

    /// <summary>The key's value; a new key is added with <paramref name="value"/> and <paramref name="exists"/> false.</summary>
    public byte GetOrAdd(long key, byte value, out bool exists)
    {
        var i = Find(key, out exists);
        if (exists) return (byte)(_state[i] - 1);
        if ((Count + 1) * 4L > _keys.Length * 3L)
        {
            Grow();
            i = Find(key, out _);
        }
        (_keys[i], _state[i]) = (key, (byte)(value + 1));
        Count++;
        return value;
    }

    /// <summary>Sets the value of a key that is in the table.</summary>
    public void Set(long key, byte value)
    {
        var i = Find(key, out var exists);
        if (!exists) throw new KeyNotFoundException();
        _state[i] = (byte)(value + 1);
    }

    /// <summary>Adds the key; false when it was there already (a set of keys).</summary>
    public bool Add(long key)
    {
        GetOrAdd(key, 0, out var exists);
        return !exists;
    }

    /// <summary>The key's slot, or the empty slot where it would go.</summary>
    private int Find(long key, out bool exists)
    {
        var mask = _keys.Length - 1;
        var i = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_state[i] != 0)
        {
            if (_keys[i] == key) { exists = true; return i; }
            i = (i + 1) & mask;
        }
        exists = false;
        return i;
    }

    private void Grow()
    {
        var (keys, state) = (_keys, _state);
        (_keys, _state, _shift, Count) = (new long[keys.Length * 2], new byte[keys.Length * 2], _shift - 1, 0);
        for (var j = 0; j < keys.Length; j++)
            if (state[j] != 0) GetOrAdd(keys[j], (byte)(state[j] - 1), out _);
    }
}
