namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Who bought what before a cut-off day, on a product and customer index shared by every split: per customer the
/// products with the days they were bought; per product its recent buyers and whether it is still sold.
/// </summary>
internal sealed class Interactions
{
    public required string[] Items { get; init; }
    public required string[] Users { get; init; }
    public required Dictionary<string, int> UserIndex { get; init; }
    /// <summary>Per user: product → day numbers of the orders it was in.</summary>
    public required Dictionary<int, List<int>>[] History { get; init; }
    public required int[] RecentBuyers { get; init; }
    public required bool[] Active { get; init; }
    public required int CutDay { get; init; }

    public static Interactions Build(IReadOnlyList<PurchaseLine> lines, Dictionary<string, int> items, string[] itemNames, DateOnly before, RecommendationOptions options)
    {
        var cut = before.DayNumber;
        var userIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var history = new List<Dictionary<int, List<int>>>();
        var lastSold = new int[itemNames.Length];
        Array.Fill(lastSold, int.MinValue);
        var buyers = new HashSet<(int, int)>();
        foreach (var l in lines)
        {
            var day = l.Day.DayNumber;
            if (day >= cut || l.Quantity <= 0) continue;
            var item = items[l.ProductId];
            lastSold[item] = Math.Max(lastSold[item], day);
            if (l.CustomerId is null) continue;
            if (!userIndex.TryGetValue(l.CustomerId, out var user))
            {
                userIndex[l.CustomerId] = user = history.Count;
                history.Add([]);
            }
            if (!history[user].TryGetValue(item, out var days)) history[user][item] = days = [];
            if (!days.Contains(day)) days.Add(day);
            if (day >= cut - 90) buyers.Add((user, item));
        }
        var recent = new int[itemNames.Length];
        foreach (var (_, item) in buyers) recent[item]++;
        return new Interactions
        {
            Items = itemNames, Users = userIndex.OrderBy(u => u.Value).Select(u => u.Key).ToArray(), UserIndex = userIndex,
            History = [.. history], RecentBuyers = recent, CutDay = cut,
            Active = lastSold.Select(d => d >= cut - options.InactiveAfterDays).ToArray(),
        };
    }
}
