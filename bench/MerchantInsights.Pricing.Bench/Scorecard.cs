using System.Diagnostics;
using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Bench;

/// <summary>One engine run on a shop with known elasticities: MAE, 80% coverage, profit vs the true optimum, time.</summary>
public sealed record Scorecard(double Seconds, int Varied, double Mae, double Bias, double MeanTruth, double Coverage, double CoverageFixed, double Profit, double WorstProfit, double LogLogMae, string Widened)
{
    public static Scorecard Measure(List<SimulatedProduct> shop, PricingOptions options, bool listPrice = true)
    {
        var clock = Stopwatch.StartNew();
        var result = PricingEngine.Train(shop.Select(s => listPrice ? s.History : s.History with { ListPrice = null }).ToList(), options).ToDictionary(r => r.ProductId);
        var seconds = clock.Elapsed.TotalSeconds;
        var priced = shop.Where(s => result.ContainsKey(s.Id)).ToList();
        var varied = priced.Where(s => s.Varied).ToList();
        var fixedPrice = priced.Where(s => !s.Varied).ToList();
        bool Covers(SimulatedProduct s) => result[s.Id].Elasticity.Low80 <= s.Elasticity && s.Elasticity <= result[s.Id].Elasticity.High80;
        var profit = priced.Select(s => s.ProfitShare(result[s.Id].Suggestion.SuggestedPrice, result[s.Id].Curve, options)).ToList();
        return new Scorecard(seconds, varied.Count, varied.Average(s => Math.Abs(result[s.Id].Elasticity.Elasticity - s.Elasticity)),
            varied.Average(s => result[s.Id].Elasticity.Elasticity - s.Elasticity), varied.Average(s => s.Elasticity),
            varied.Count(Covers) / (double)varied.Count, fixedPrice.Count == 0 ? double.NaN : fixedPrice.Count(Covers) / (double)fixedPrice.Count,
            profit.Average(), profit.Min(), varied.Average(s => Math.Abs(s.LogLogOls() - s.Elasticity)),
            string.Join(" ", new[] { 0.8, 1.2, 1.5, 2.0 }.Select(k => $"×{k}: {varied.Count(s => Math.Abs(s.Elasticity - result[s.Id].Elasticity.Elasticity) <= k * (result[s.Id].Elasticity.High80 - result[s.Id].Elasticity.Low80) / 2) / (double)varied.Count:P0}")));
    }

    public override string ToString() =>
        $"MAE {Mae:0.000} (bias {Bias:+0.00;-0.00}, truth {MeanTruth:0.00}; log-log OLS {LogLogMae:0.000}) over {Varied} varied; 80% covers {Coverage:P1} (fixed-price {CoverageFixed:P1}; widened {Widened}); "
        + $"profit {Profit:P1} of optimum (worst {WorstProfit:P1}); {Seconds:0.00} s";
}
