using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Alerts;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// Scans the cleaned demand for alerts (spikes, drops, large orders, odd prices) and saves them as a model version,
/// one item per alert keyed by its stable key; dismissals live in their own table and apply to every version.
/// </summary>
public sealed class AlertsStep(ModelStore models) : ITrainingStep
{
    public string Name => "alerts";

    public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress,
        CancellationToken ct)
    {
        if (demand.LastDay is not { } lastDay) return "Alerts: no sales yet, nothing to check.";
        progress.Report(new StepProgress(0, "Checking daily sales and order lines for anything unusual"));
        var inputs = AlertInputs.From(demand);
        var scan = await Task.Run(() => inputs.Scan(new AlertOptions(), ct, new Immediate(progress)), ct);
        var alerts = scan.Alerts.DistinctBy(a => a.Key).ToList();
        var summary = new AlertsSummary(Count(AlertKind.Spike), Count(AlertKind.Drop), Count(AlertKind.LargeOrder),
            Count(AlertKind.OddPrice),
            scan.Explained.Count(e => e.Reason.Contains("promotion", StringComparison.Ordinal)),
            scan.Explained.Count(e => e.Reason.Contains("shop-wide", StringComparison.Ordinal)), inputs.Products.Count);
        progress.Report(new StepProgress(0.95, "Saving the alerts"));
        await models.SaveAsync(ModelKinds.Alerts, lastDay, summary, alerts.Select(a => KeyValuePair.Create(a.Key, a)), ct);
        return $"Alerts: {summary.Spikes:N0} spikes, {summary.Drops:N0} drops, {summary.LargeOrders:N0} large orders, " +
            $"{summary.OddPrices:N0} odd prices "
            + $"over {summary.Products:N0} products; {summary.ExplainedByPromotion + summary.ExplainedByPeak:N0} busy days explained by " +
                $"promotions or shop-wide peaks.";

        int Count(AlertKind kind) => alerts.Count(a => a.Kind == kind);
    }

    private sealed class Immediate(IProgress<StepProgress> progress) : IProgress<double>
    {
        public void Report(double value)
            => progress.Report(new StepProgress(0.9 * value, $"Checking each product's daily sales for spikes and drops ({value:P0})"));
    }
}
