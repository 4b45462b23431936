using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// Finds order lines far above a product's usual order size: more than <see cref="CleaningOptions.OneOffTimesMedian"/>×
/// its median and <see cref="CleaningOptions.OneOffTimesUpperQuartile"/>× its upper-quartile line, at least
/// <see cref="CleaningOptions.OneOffMinUnits"/> units, and more than a typical month of the product's other sales — so a
/// wholesale product whose every order is large is left alone. Products with few lines are judged against the shop's
/// usual line sizes and must also be 3× their other lines. Median and quartile are robust: a few huge lines cannot move
/// them. The capped demand is the largest usual order (the threshold). One component for the demand cleaning and the
/// anomaly alerts. O(n log n) per product.
/// </summary>
public static class OneOffDetector
{
    /// <summary>The usual-size reference of a set of line quantities: (median, upper quartile).</summary>
    public static (double Median, double UpperQuartile) Reference(IEnumerable<double> quantities)
    {
        var sorted = quantities.Where(q => q > 0).Order().ToArray();
        return sorted.Length == 0 ? (1, 1) : (SortedQuantiles.At(sorted, 0.5), SortedQuantiles.At(sorted, 0.75));
    }

    /// <summary>The largest quantity still usual for lines with this reference.</summary>
    public static double Threshold((double Median, double UpperQuartile) reference, CleaningOptions options) =>
        Math.Max(options.OneOffMinUnits,
            Math.Max(options.OneOffTimesMedian * reference.Median, options.OneOffTimesUpperQuartile * reference.UpperQuartile));

    /// <summary>
    /// The one-offs among one product's sale lines (<paramref name="sales"/>: indices with their demand so far),
    /// judged with the product's own reference when it has enough lines, else the shop's.
    /// </summary>
    public static IReadOnlyList<(int Line, double Usual, double Threshold)> Find(IReadOnlyList<SaleLine> lines, IReadOnlyList<int> sales,
        double[] demand, (double Median, double UpperQuartile) shop, int historyDays, CleaningOptions options)
    {
        if (sales.Count == 0) return [];
        var own = sales.Count >= options.OwnReferenceLines;
        var reference = own ? Reference(sales.Select(i => demand[i])) : shop;
        var threshold = Threshold(reference, options);
        var total = sales.Sum(i => demand[i]);
        var found = new List<(int, double, double)>();
        foreach (var i in sales)
        {
            var q = demand[i];
            if (q <= threshold) continue;
            var others = total - q;
            if (options.OneOffMustExceedMonth && q <= others * 28.0 / Math.Max(28, historyDays)) continue;
            if (!own && sales.Count > 1 && q < 3 * SortedQuantiles.At(sales.Where(j => j != i).Select(j => demand[j]).Order().ToArray(),
                0.5)) continue;
            found.Add((i, reference.Median, threshold));
        }
        return found;
    }
}
