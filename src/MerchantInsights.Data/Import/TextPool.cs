namespace MerchantInsights.Data.Import;

/// <summary>
/// One string per distinct text of a column (product ids, names, categories, customer ids repeat on most rows), looked up by the span
/// of the reader's buffer so a repeated value allocates nothing. Holds at most <see cref="MaxEntries"/> texts, so a column of
/// all-different values (a hostile file) costs what it did without the pool.
/// </summary>
public sealed class TextPool
{
    public const int MaxEntries = 1 << 18;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TextPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (_bySpan.TryGetValue(text, out var known)) return known;
        var s = text.ToString();
        if (_strings.Count < MaxEntries) _strings.Add(s, s);
        return s;
    }
}
