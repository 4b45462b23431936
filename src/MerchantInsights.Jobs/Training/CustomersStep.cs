using MerchantInsights.Analytics.Customers;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// Segments every customer with an order, predicts their next 90 days (<see cref="CustomerEngine"/>) and saves two
/// views of one analysis: each customer by id, and the same profiles keyed "segment|rank|id" so a segment's customers
/// page from the store in order of predicted value without loading the others.
/// </summary>
public sealed class CustomersStep(ModelStore models) : ITrainingStep
{
    public string Name => "customers";

    public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress,
        CancellationToken ct)
    {
        var lines = CustomerDemand.Lines(demand);
        if (lines.Count == 0 || demand.LastDay is not { } lastDay) return "Customers: no orders with a customer id yet.";
        var options = new CustomerOptions();
        progress.Report(new StepProgress(0.02, "Reading customers' orders"));
        var analysis = await Task.Run(() => CustomerEngine.Analyze(lines, lastDay, options, new Share(progress)), ct);
        ct.ThrowIfCancellationRequested();
        progress.Report(new StepProgress(0.95, "Saving each customer's segment and value"));
        var summary = CustomerSummary.From(analysis, options);
        await models.SaveAsync(ModelKinds.Customers, lastDay, summary, analysis.Customers.Select(c => KeyValuePair.Create(c.CustomerId, c)),
            ct);
        await models.SaveAsync(ModelKinds.CustomerSegments, lastDay, summary, CustomerPages.Keyed(analysis.Customers), ct);
        return $"Customers: {analysis.Customers.Count:N0} segmented; predicted value by {analysis.ChosenModel}.";
    }

    /// <summary>The engine's 0–1 maps onto 2–95% of this step.</summary>
    private sealed class Share(IProgress<StepProgress> progress) : IProgress<double>
    {
        public void Report(double value)
            => progress.Report(new StepProgress(0.02 + 0.93 * value, $"Segmenting customers and predicting their value ({value:P0})"));
    }
}
