using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Demand;

namespace MerchantInsights.Jobs.Training;

/// <summary>Finds products bought together and picks products for every customer, chosen by an offline evaluation.</summary>
public sealed class RecommendationsStep(ModelStore models) : ITrainingStep
{
    /// <summary>Picks kept per customer; exports ask for k ≤ this.</summary>
    public const int PicksKept = 50;

    /// <summary>The trainer's settings; the page quotes its hold-out window.</summary>
    public static RecommendationOptions Options { get; } = new();

    public string Name => "recommendations";

    public async Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress,
        CancellationToken ct)
    {
        var sold = demand.Lines;
        if (sold.Count == 0) return "Recommendations: no orders yet.";
        var lines = sold.Select(l => new PurchaseLine(l.OrderId, l.CustomerId, l.ProductId, l.Day, l.Quantity)).ToList();
        var lastDay = lines.Max(l => l.Day);

        progress.Report(new StepProgress(0.05, "Finding products bought together"));
        // Products that have stopped selling (no sale for far longer than their own rate allows: discontinued, out of stock or out of
        // season) are not offered: they stay in the data the methods learn from, but leave every list, the others moving up.
        var stopped = demand.StoppedProducts;
        var pairs = (await Task.Run(() => FrequentlyBoughtTogether.Compute(lines, new TogetherOptions()), ct))
            .Where(p => !stopped.ContainsKey(p.OtherProductId)).ToList();
        var byProduct = pairs.GroupBy(p => p.ProductId, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.OrderBy(p => p.Rank).Select((p, i) => p with { Rank = i + 1 }).ToList()));
        await models.SaveAsync(ModelKinds.Together, lastDay,
            new TogetherSummary(pairs.Select(p => p.ProductId).Distinct().Count(), pairs.Count), byProduct, ct);

        var model = await Task.Run(() => RecommendationTrainer.Train(lines, Options, new Share(progress), ct), ct);
        progress.Report(new StepProgress(0.95, "Saving each customer's picks"));
        List<CustomerPick> Offered(IEnumerable<CustomerPick> picks) =>
            picks.Where(p => !stopped.ContainsKey(p.ProductId)).Select((p, i) => p with { Rank = i + 1 }).ToList();
        var known = model.ForAll(PicksKept).GroupBy(p => p.CustomerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, Offered, StringComparer.Ordinal);
        // A customer whose only orders were gift cards, shipping or cancelled still gets picks (what is popular right now).
        foreach (var customer in demand.Customers.Where(c => !known.ContainsKey(c)))
            known[customer] = Offered(model.For(customer, PicksKept));
        var picks = known.OrderBy(p => p.Key, StringComparer.Ordinal);
        var summary = new RecommendationSummary(model.ChosenModel, model.WhyChosen, model.Evaluations);
        await models.SaveAsync(ModelKinds.Recommendations, lastDay, summary, picks, ct);
        return $"Recommendations: {pairs.Count:N0} bought-together pairs; customer picks by {model.ChosenModel}.";
    }

    /// <summary>The trainer's 0–1 maps onto 5–95% of this step.</summary>
    private sealed class Share(IProgress<StepProgress> progress) : IProgress<double>
    {
        public void Report(double value)
            => progress.Report(new StepProgress(0.05 + 0.9 * value, $"Evaluating and training recommenders ({value:P0})"));
    }
}
