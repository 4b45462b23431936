namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// How many customers bought each pair of products, from customer histories, as a dense matrix over the most bought
/// products (at most <c>maxItems</c>, so 4,000 products take 64 MB). Products outside it get no collaborative scores.
/// </summary>
internal sealed class CoOccurrence
{
    private readonly int[] _counts;

    public int[] Buyers { get; }
    /// <summary>The products in the matrix, most bought first, and each product's position in it (−1 when outside).</summary>
    public int[] Members { get; }
    public int[] Position { get; }

    public CoOccurrence(Interactions data, int maxItems)
    {
        var n = data.Items.Length;
        Buyers = new int[n];
        foreach (var history in data.History)
            foreach (var i in history.Keys) Buyers[i]++;
        Members = Enumerable.Range(0, n).Where(i => Buyers[i] > 0).OrderByDescending(i => Buyers[i]).Take(maxItems).ToArray();
        Position = Enumerable.Repeat(-1, n).ToArray();
        for (var p = 0; p < Members.Length; p++) Position[Members[p]] = p;
        var m = Members.Length;
        _counts = new int[m * m];
        foreach (var history in data.History)
        {
            var positions = history.Keys.Select(i => Position[i]).Where(p => p >= 0).ToArray();
            foreach (var a in positions)
            {
                var row = a * m;
                foreach (var b in positions) _counts[row + b]++;
            }
        }
    }

    public int Size => Members.Length;

    /// <summary>Customers who bought both products at matrix positions a and b (a = b: buyers of a).</summary>
    public int At(int a, int b) => _counts[a * Members.Length + b];
}
