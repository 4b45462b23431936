namespace MerchantInsights.Data.Import;

/// <summary>
/// The keys of stored lines and of this file's lines in one table (one entry per line, ~12 bytes a line: <see cref="LongTable"/>).
/// Gives each new line its occurrence within (order, product) and tells whether it is already stored:
/// the n-th line of a pair in the file matches the n-th stored line of that pair, if there is one.
/// </summary>
internal sealed class LineKeyRegistry(int capacity)
{
    private const byte Stored = 0, SeenInFile = 1;
    private readonly LongTable _keys = new(capacity);

    public void AddStored(long key) => _keys.GetOrAdd(key, Stored, out _);

    /// <summary>Returns the line's key and occurrence, and whether an earlier import already stored it.</summary>
    public (long Key, int Occurrence, bool AlreadyStored) Register(string orderId, string productId)
    {
        for (var occurrence = 1; ; occurrence++)
        {
            var key = LineKey.Of(orderId, productId, occurrence);
            var origin = _keys.GetOrAdd(key, SeenInFile, out var exists);
            if (!exists) return (key, occurrence, false);
            if (origin == Stored) { _keys.Set(key, SeenInFile); return (key, occurrence, true); }
            // Seen earlier in this file: this is the next occurrence of the same product in the order.
        }
    }
}
