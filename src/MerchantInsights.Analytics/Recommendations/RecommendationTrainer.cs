using System.Globalization;

namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Chooses and fits the per-customer recommender. Method: temporal hold-out — fit every candidate (popularity,
/// buy-again, item-kNN, EASE, blend) on lines before the last <see cref="RecommendationOptions.HoldoutDays"/> days and
/// score them on customers who bought on both sides (HR@10, NDCG@10, coverage); λ and the blend are tuned on the
/// window before that. The best NDCG@10 wins and is refit on all lines for serving. Sources: Steck 2019 (EASE);
/// Sarwar et al. 2001 (item-kNN); Ji et al. 2020 ("A critical study on data leakage in recommender system offline
/// evaluation": split by time). Complexity: dominated by a few O(m³) EASE inverses, m ≤ EaseMaxProducts.
/// Limits: one global model per shop; a single 28-day window is a noisy judge for shops with few repeat customers.
/// </summary>
public static class RecommendationTrainer
{
    /// <summary>The best of the methods tried on the last days held out, refitted on all the lines, with each method's scores.</summary>
    public static RecommendationModel Train(IReadOnlyList<PurchaseLine> lines, RecommendationOptions options,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        var history = PurchaseHistory.From(lines);
        var testCut = history.LastDay - options.HoldoutDays + 1;
        var validationCut = testCut - options.HoldoutDays;
        progress?.Report(0.05);

        var settings = HyperparameterTuning.Tune(history, validationCut, testCut, options,
            p => progress?.Report(0.05 + 0.45 * p), cancellationToken);
        var testSnapshot = ShopSnapshot.Build(history, testCut, options);
        var customers = HoldoutCustomers.Between(history, testSnapshot, history.LastDay + 1, options.MaxEvaluationCustomers);
        var evaluations = new List<ModelEvaluation>();
        if (customers.Count > 0)
        {
            var factory = new CandidateFactory(testSnapshot, options, cancellationToken);
            foreach (var name in CandidateFactory.Names)
            {
                evaluations.Add(HoldoutEvaluator.Evaluate(factory.Create(name, settings), testSnapshot, customers, cancellationToken));
                progress?.Report(0.5 + 0.4 * evaluations.Count / CandidateFactory.Names.Length);
            }
        }

        var (chosen, why) = Choose(evaluations, settings, history, options);
        var final = ShopSnapshot.Build(history, history.LastDay + 1, options);
        var model = new CandidateFactory(final, options, cancellationToken).Create(chosen, settings);
        progress?.Report(1);
        return new RecommendationModel(chosen, why, evaluations, model, final, history);
    }

    private static (string Name, string Why) Choose(List<ModelEvaluation> evaluations, TunedSettings settings,
        PurchaseHistory history, RecommendationOptions options)
    {
        if (history.CustomerIds.Length == 0)
            return (PopularityModel.ModelName, "No customer ids in the data, so everyone sees what is popular right now.");
        if (evaluations.Count == 0)
            return (BuyAgainModel.ModelName,
                $"Too little history to compare models on the last {options.HoldoutDays} days; buy-again (topped up with popular " +
                    $"products) is the safe default.");

        var best = evaluations.OrderByDescending(e => e.Ndcg10).ThenByDescending(e => e.HitRate10).First();
        var runnerUp = evaluations.Where(e => e != best).OrderByDescending(e => e.Ndcg10).FirstOrDefault();
        var detail = best.Model switch
        {
            BlendModel.ModelName => string.Format(CultureInfo.InvariantCulture,
                " (buy-again weight {0:0.##} with {1}, popular-right-now weight {2:0.##}, tuned on the {3} days before)",
                settings.BlendWeight, settings.BlendDiscovery, settings.BlendPopularWeight, options.HoldoutDays),
            EaseModel.ModelName => string.Format(CultureInfo.InvariantCulture, " (λ = {0:0.##})", settings.EaseLambda),
            _ => "",
        };
        var why = string.Format(CultureInfo.InvariantCulture,
            "{0}{1} ranked next purchases best on the last {2} days: NDCG@10 {3:0.000}, hit rate {4:P0} over {5} customers{6}. Refit on " +
                "all data.",
            best.Model, detail, options.HoldoutDays, best.Ndcg10, best.HitRate10, best.TestCustomers,
            runnerUp is null ? "" : string.Format(CultureInfo.InvariantCulture, " (next best: {0}, NDCG@10 {1:0.000})", runnerUp.Model,
                runnerUp.Ndcg10));
        return (best.Model, why);
    }
}
