namespace MerchantInsights.Jobs.Features;

/// <summary>Lists in words, for messages and help texts built from the registered features.</summary>
public static class Phrase
{
    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string List(IEnumerable<string> items, string last)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {last} {all[^1]}";
    }
}
