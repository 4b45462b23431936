namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// How each product is selling shop-wide at a cut-off, and what that says about a customer who bought it: a customer
/// whose products are selling more now than before (a season starting, a range taking off) is likelier to buy again
/// than one whose products have gone quiet. Momentum of a product = ln of its lines a day in the last
/// <see cref="RecentDays"/> days over its lines a day in the <see cref="EarlierDays"/> days before, each count given
/// one pseudo-line per <see cref="RecentDays"/> days (so a product with no lines in either has 0, and a handful of lines
/// cannot swing it far). O(lines) to build, O(customer's lines) a customer. Limits: reads only customers' lines;
/// a product new in the recent days counts as rising, one not bought in either as flat.
/// </summary>
internal sealed class ProductMomentum
{
    /// <summary>Days counted as "now".</summary>
    public const int RecentDays = 30;
    /// <summary>Days before those, counted as "before".</summary>
    public const int EarlierDays = 90;

    private readonly Dictionary<string, (int Recent, int Earlier)> _lines;

    private ProductMomentum(Dictionary<string, (int, int)> lines) => _lines = lines;

    /// <summary>Counts the bought lines of every customer's history in the two periods ending at <paramref name="cutoff"/>.</summary>
    public static ProductMomentum Of(IEnumerable<CustomerHistory> customers, DateOnly cutoff)
    {
        var (recentFrom, earlierFrom) = (cutoff.AddDays(-RecentDays), cutoff.AddDays(-RecentDays - EarlierDays));
        var lines = new Dictionary<string, (int Recent, int Earlier)>(StringComparer.Ordinal);
        foreach (var line in customers.SelectMany(c => c.Lines))
        {
            if (line.Quantity <= 0 || line.Day > cutoff || line.Day <= earlierFrom) continue;
            var (recent, earlier) = lines.GetValueOrDefault(line.ProductId);
            lines[line.ProductId] = line.Day > recentFrom ? (recent + 1, earlier) : (recent, earlier + 1);
        }
        return new ProductMomentum(lines);
    }

    /// <summary>ln(recent lines a day ÷ earlier lines a day) of one product, with the pseudo-lines; 0 when it sold in neither.</summary>
    public double Of(string productId)
    {
        var (recent, earlier) = _lines.GetValueOrDefault(productId);
        const double ratio = (double)EarlierDays / RecentDays;
        return Math.Log((recent + 1.0) * ratio / (earlier + ratio));
    }

    /// <summary>
    /// A customer's spend-weighted mean momentum of what they bought, and the share of their spend on products that sold
    /// in the last <see cref="RecentDays"/> days; 0 and 0 when they have no positive spend (a value, not a missing
    /// one, so it needs no filling for FastTree).
    /// </summary>
    public (float Momentum, float LiveShare) Of(CustomerHistory customer)
    {
        double spend = 0, weighted = 0, live = 0;
        foreach (var line in customer.Lines)
        {
            if (line.Quantity <= 0 || line.Spend <= 0) continue;
            var s = (double)line.Spend;
            spend += s;
            weighted += s * Of(line.ProductId);
            if (_lines.GetValueOrDefault(line.ProductId).Recent > 0) live += s;
        }
        return spend <= 0 ? (0, 0) : ((float)(weighted / spend), (float)(live / spend));
    }
}
