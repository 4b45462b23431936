namespace MerchantInsights.Analytics.Recommendations;

/// <summary>XᵀX of the binary customer × product matrix, restricted to the most-bought active products, built once per snapshot and reused
/// for every λ.</summary>
internal sealed class EaseGram
{
    private EaseGram(int[] items, int[] position, double[] gram)
    {
        Items = items;
        Position = position;
        Gram = gram;
    }

    /// <summary>Product index of each row/column.</summary>
    public int[] Items { get; }

    /// <summary>Row/column of each product, or -1 when the product is outside the EASE set.</summary>
    public int[] Position { get; }

    /// <summary>Row-major (and symmetric) co-purchase counts; the diagonal is each product's buyer count.</summary>
    public double[] Gram { get; }

    public int Size => Items.Length;

    public static EaseGram Build(ShopSnapshot snapshot, int maxProducts, CancellationToken cancellationToken)
    {
        var buyers = new int[snapshot.ProductCount];
        foreach (var item in snapshot.RowItems) buyers[item]++;
        var items = Enumerable.Range(0, snapshot.ProductCount).Where(i => snapshot.Active[i] && buyers[i] > 0)
            .OrderByDescending(i => buyers[i]).ThenBy(i => i).Take(maxProducts).ToArray();
        var position = new int[snapshot.ProductCount];
        Array.Fill(position, -1);
        for (var p = 0; p < items.Length; p++) position[items[p]] = p;

        var m = items.Length;
        var gram = new double[m * m];
        var row = new List<int>();
        for (var user = 0; user < snapshot.CustomerCount; user++)
        {
            if ((user & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            row.Clear();
            foreach (var item in snapshot.Items(user))
                if (position[item] >= 0) row.Add(position[item]);
            foreach (var a in row)
                foreach (var b in row) gram[a * m + b] += 1;
        }
        return new EaseGram(items, position, gram);
    }
}
