using MerchantInsights.Analytics.Pricing;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Pricing;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Training;

namespace MerchantInsights.Jobs.Training;

/// <summary>Estimates price elasticities (pooled by category) for products sold in the last <see cref="TrainingData.ActiveDays"/> days and
/// saves suggestions.</summary>
public sealed class PricingStep(ModelStore models, CostSettings costs) : ITrainingStep
{
    public string Name => "pricing";

    public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress,
        CancellationToken ct)
    {
        // A product that has stopped selling (discontinued, out of stock or out of season) gets no price suggestion: there is no demand now
        // to read a price response from.
        var stopped = demand.StoppedProducts;
        var series = demand.ActiveSeries.Where(s => !stopped.ContainsKey(s.ProductId)).ToList();
        if (series.Count == 0) return $"Prices: no product sold in the last {TrainingData.ActiveDays} days, nothing to price.";
        // A cost the owner entered wins over the imported one.
        var entered = await costs.AllAsync(ct);
        var histories = series.Select(s => new ProductPriceHistory(s.ProductId, s.Category, s.FirstDay, s.Units, s.AveragePrice,
            entered.TryGetValue(s.ProductId, out var own) ? (double)own : s.UnitCost is { } c ? (double)c
                : null) { ListPrice = s.ListPrice }).ToList();
        var options = new PricingOptions();
        var pricing = await Task.Run(() => PricingEngine.Train(histories, options, new Immediate(progress), ct), ct);
        var summary = PricingSummary.From(pricing, options) with { Stopped = stopped.Count };
        await models.SaveAsync(ModelKinds.Pricing, series[0].LastDay, summary, pricing.Select(p => KeyValuePair.Create(p.ProductId, p)),
            ct);
        return $"Prices: {pricing.Count:N0} products; {summary.Reliable:N0} reliable, {summary.Uncertain:N0} uncertain, " +
            $"{summary.NotEnoughVariation:N0} without enough price variation" +
            (stopped.Count > 0 ? $"; {stopped.Count:N0} not priced: they stopped selling (no sale for weeks)." : ".");
    }

    /// <summary>Reports on the engine's thread, in order.</summary>
    private sealed class Immediate(IProgress<StepProgress> progress) : IProgress<double>
    {
        public void Report(double value)
            => progress.Report(new StepProgress(value, $"Estimating how demand responds to price ({value:P0})"));
    }
}
