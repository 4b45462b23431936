using System.Globalization;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// Turns stored order lines into the demand every engine learns from, once, at one boundary:
/// 1. products that are not merchandise (<see cref="ServiceNames"/>, <see cref="ServiceBehaviour"/>, or the owner's word) carry no demand;
/// 2. cancellations net out the sales they reverse (<see cref="CancellationMatcher"/>); later returns do not;
/// 3. lines under a real price (0.00, samples, tests; under 5% of the product's median price) carry no demand and no price;
/// 4. one-off bulk orders are capped at the product's usual largest order (<see cref="OneOffDetector"/>) unless the owner included them.
/// The stored lines are never changed. Pure; O(n log n). Limits: a cancellation of a guest's order is matched only
/// within the same order id; a product's class is judged on all its history at once.
/// </summary>
public static class DemandCleaner
{
    /// <summary>Each line's role and demand in units (same order as <paramref name="lines"/>), each product's class and the
    /// one-offs found.</summary>
    public static CleanedDemand Clean(IReadOnlyList<SaleLine> lines, IReadOnlyDictionary<string, string> productNames,
        DemandDecisions decisions, CleaningOptions options)
    {
        var roles = new LineRole[lines.Count];
        var demand = new double[lines.Count];
        var byProduct = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
            (byProduct.TryGetValue(lines[i].ProductId, out var list) ? list : byProduct[lines[i].ProductId] = []).Add(i);
        var shopOrders = lines.Where(l => l.Quantity > 0).Select(l => l.OrderId).Distinct(StringComparer.Ordinal).Count();
        var lastDay = lines.Count == 0 ? default : DateOnly.FromDateTime(lines.Max(l => l.At));

        // Each product's lines are its own (cancellations match within a product): products are cleaned side by side, each writing
        // only its lines' roles and demand, and gathered in the order they were first seen (the result does not depend on the cores).
        var products = byProduct.ToArray();
        var perProduct = new (ProductClass Class, int Matched, int Free)[products.Length];
        Parallel.For(0, products.Length, k =>
        {
            var (id, idx) = products[k];
            var cls = Classify(id, UsualName(lines, idx, options) ?? productNames.GetValueOrDefault(id) ?? "", lines, idx, shopOrders,
                decisions, options);
            if (!cls.IsMerchandise)
            {
                foreach (var i in idx) roles[i] = LineRole.NotMerchandise;
                perProduct[k] = (cls, 0, 0);
                return;
            }
            perProduct[k] = (cls, CancellationMatcher.Match(lines, idx, demand, roles, options),
                MarkFree(lines, idx, demand, roles, options));
        });
        var classes = new Dictionary<string, ProductClass>(StringComparer.Ordinal);
        var (matched, freeLines, notMerchLines) = (0, 0, 0);
        var merchandise = new List<string>();
        for (var k = 0; k < products.Length; k++)
        {
            var (id, idx) = products[k];
            classes[id] = perProduct[k].Class;
            if (!perProduct[k].Class.IsMerchandise) notMerchLines += idx.Count;
            else merchandise.Add(id);
            (matched, freeLines) = (matched + perProduct[k].Matched, freeLines + perProduct[k].Free);
        }

        var shop = OneOffDetector.Reference(merchandise.SelectMany(id => byProduct[id])
            .Where(i => roles[i] == LineRole.Sale && demand[i] > 0).Select(i => demand[i]));
        var found = new List<(int Line, double Usual, double Threshold)>[merchandise.Count];
        Parallel.For(0, merchandise.Count, k =>
        {
            var sales = byProduct[merchandise[k]].Where(i => roles[i] == LineRole.Sale && demand[i] > 0).ToList();
            if (sales.Count == 0) { found[k] = []; return; }
            var first = DateOnly.FromDateTime(sales.Min(i => lines[i].At));
            found[k] = [.. OneOffDetector.Find(lines, sales, demand, shop, lastDay.DayNumber - first.DayNumber + 1, options)];
        });
        var oneOffs = new List<OneOffOrder>();
        for (var k = 0; k < merchandise.Count; k++)
        {
            var id = merchandise[k];
            foreach (var (i, usual, threshold) in found[k])
            {
                var line = lines[i];
                var included = decisions.IncludedOneOffs.Contains(line.LineKey);
                var capped = Math.Floor(threshold);
                oneOffs.Add(new OneOffOrder(line.LineKey, id, line.OrderId, DateOnly.FromDateTime(line.At), demand[i], capped, usual,
                    included,
                    string.Create(CultureInfo.InvariantCulture,
                        $"one order of {demand[i]:N0} on {line.At:d MMM yyyy} ({demand[i] / Math.Max(usual, 1):N0}× this product's usual " +
                        $"order of {usual:N0})")));
                if (included) continue;
                roles[i] = LineRole.OneOff;
                demand[i] = capped;
            }
        }
        var counts = new CleaningCounts(lines.Count, matched, roles.Count(r => r == LineRole.Cancelled),
            roles.Count(r => r == LineRole.Return),
            freeLines, oneOffs.Count(o => !o.Included), classes.Values.Count(c => !c.IsMerchandise), notMerchLines);
        return new CleanedDemand(roles, demand, classes, oneOffs, counts);
    }

    private static ProductClass Classify(string id, string name, IReadOnlyList<SaleLine> lines, List<int> idx, int shopOrders,
        DemandDecisions decisions, CleaningOptions options)
    {
        var reason = ServiceNames.Reason(id, name) ?? ServiceBehaviour.Reason(lines, idx, shopOrders, options);
        if (decisions.Merchandise.TryGetValue(id, out var owner))
            return new ProductClass(id, owner, owner ? "" : "You marked it as not merchandise." + (reason is null ? "" : " " + reason),
                true);
        return reason is null ? ProductClass.Merchandise(id) : new ProductClass(id, false, reason, false);
    }

    /// <summary>The name most of the product's real sales carry (the latest name may be a stock note such as "adjustment").</summary>
    private static string? UsualName(IReadOnlyList<SaleLine> lines, List<int> idx, CleaningOptions options) =>
        idx.Where(i => lines[i].Quantity > 0 && lines[i].UnitPrice > options.MinRealPrice && lines[i].ProductName.Length > 0)
            .GroupBy(i => lines[i].ProductName, StringComparer.Ordinal).MaxBy(g => g.Count())?.Key;

    /// <summary>Sales under a real price carry no demand: under the minimum, or a small share of the product's median real price.</summary>
    private static int MarkFree(IReadOnlyList<SaleLine> lines, List<int> idx, double[] demand, LineRole[] roles, CleaningOptions options)
    {
        var prices = idx.Where(i => lines[i].Quantity > 0 && lines[i].UnitPrice > options.MinRealPrice).Select(i => lines[i].UnitPrice)
            .Order().ToArray();
        var floor = Math.Max(options.MinRealPrice, options.FreeShareOfMedianPrice * SortedQuantiles.At(prices, 0.5));
        var free = 0;
        foreach (var i in idx)
        {
            if (lines[i].Quantity <= 0 || lines[i].UnitPrice > floor || roles[i] != LineRole.Sale) continue;
            roles[i] = LineRole.Free;
            demand[i] = 0;
            free++;
        }
        return free;
    }
}
