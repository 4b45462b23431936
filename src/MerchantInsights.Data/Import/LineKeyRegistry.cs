namespace MerchantInsights.Data.Import;

/// <summary>
/// The keys of stored lines and of this file's lines in one table (one entry per line, so ~24 bytes a line).
/// Gives each new line its occurrence within (order, product) and tells whether it is already stored:
/// the n-th line of a pair in the file matches the n-th stored line of that pair, if there is one.
/// </summary>
internal sealed class LineKeyRegistry(int capacity)
{
    private const bool Stored = false, SeenInFile = true;
    private readonly Dictionary<long, bool> _keys = new(capacity);

    public void AddStored(long key) => _keys.TryAdd(key, Stored);

    /// <summary>Returns the line's key and occurrence, and whether an earlier import already stored it.</summary>
    public (long Key, int Occurrence, bool AlreadyStored) Register(string orderId, string productId)
    {
        for (var occurrence = 1; ; occurrence++)
        {
            var key = LineKey.Of(orderId, productId, occurrence);
            ref var origin = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_keys, key, out var exists);
            if (!exists) { origin = SeenInFile; return (key, occurrence, false); }
            if (origin == Stored) { origin = SeenInFile; return (key, occurrence, true); }
            // Seen earlier in this file: this is the next occurrence of the same product in the order.
        }
    }
}
