using System.Globalization;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>
/// Per-product errors against what the history shows (price changes, promotion days, launch, longest run without a sale,
/// sales volume), written as CSV so the causes of a shop's bias can be read off (`-- diagnose FILE`).
/// </summary>
public static class Diagnosis
{
    public static void Write(TextWriter output, string shop, List<SimulatedProduct> products, PricingOptions options)
    {
        var result = PricingEngine.Train(products.Select(s => s.History).ToList(), options).ToDictionary(r => r.ProductId);
        foreach (var s in products.Where(s => result.ContainsKey(s.Id)))
        {
            var r = result[s.Id];
            var h = s.History;
            var units = h.DailyUnits;
            var first = Array.FindIndex(units, u => u > 0);
            var (longest, run) = (0, 0);
            for (var t = first; t < units.Length; t++) (run, longest) = units[t] > 0 ? (0, longest) : (run + 1, Math.Max(longest, run + 1));
            var prices = Enumerable.Range(0, units.Length).Select(h.PriceOn).Where(p => p is > 0).Select(p => p!.Value).Order().ToArray();
            var usual = prices.Length == 0 ? 0 : prices[prices.Length / 2];
            var promoDays = Enumerable.Range(0, units.Length).Count(t => h.PriceOn(t) is { } p && p < 0.95 * usual);
            string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
            output.WriteLine(string.Join(',', shop, s.Id, h.Category, s.Varied ? 1 : 0, F(s.Elasticity), F(r.Elasticity.Elasticity), F(r.Elasticity.Low80),
                F(r.Elasticity.High80), r.Elasticity.ProductOnly is { } own ? F(own) : "", F(r.Elasticity.CategoryMean), first, longest, promoDays,
                F(units.Sum()), F(units[^Math.Min(180, units.Length)..].Average()), r.Elasticity.Verdict.Split(' ')[0], r.Elasticity.Basis.Replace(',', ';'),
                F(1 / Math.Sqrt(Math.Max(1e-9, InformationFloor.Information(s)))),
                r.Elasticity.ProductOnlySe is { } se ? F(se) : ""));
        }
    }

    public const string Header = "shop,id,category,varied,truth,est,low,high,own,catmean,first,longestzero,promodays,units,recentrate,verdict,basis,floorsd,ownse";
}
