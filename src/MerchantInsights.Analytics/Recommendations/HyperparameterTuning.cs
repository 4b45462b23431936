namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Tunes buy-again's half-life, EASE's λ, the blend (discovery model and buy-again weight) and then its popularity
/// weight, one after another (coordinate search), on a
/// validation window carved from the training period: fit before <c>validationCut</c>, score on [validationCut, testCut).
/// The test window is never read.
/// </summary>
internal static class HyperparameterTuning
{
    public static TunedSettings Tune(PurchaseHistory history, int validationCut, int testCut, RecommendationOptions options,
        Action<double> progress, CancellationToken cancellationToken)
    {
        var fallback = new TunedSettings(Middle(options.BuyAgainHalfLives), Middle(options.EaseLambdas), EaseModel.ModelName, 0.7, 0, 0);
        var snapshot = ShopSnapshot.Build(history, validationCut, options);
        var customers = HoldoutCustomers.Between(history, snapshot, testCut, options.MaxTuningCustomers);
        if (customers.Count == 0) return fallback;

        var factory = new CandidateFactory(snapshot, options, cancellationToken);
        var best = fallback with { ValidationCustomers = customers.Count };
        TunedSettings Best(string model, IEnumerable<TunedSettings> candidates) => candidates
            .Select(s => (Settings: s, Ndcg: HoldoutEvaluator.Evaluate(factory.Create(model, s), snapshot, customers,
                cancellationToken).Ndcg10))
            .OrderByDescending(c => c.Ndcg).First().Settings;

        best = Best(BuyAgainModel.ModelName, options.BuyAgainHalfLives.Select(h => best with { BuyAgainHalfLife = h }));
        progress(0.1);
        best = Best(EaseModel.ModelName, options.EaseLambdas.Select(l => best with { EaseLambda = l }));
        progress(0.6);
        best = Best(BlendModel.ModelName,
            from discovery in new[] { ItemKnnModel.ModelName, EaseModel.ModelName }
            from weight in options.BlendWeights
            select best with { BlendDiscovery = discovery, BlendWeight = weight });
        progress(0.9);
        best = Best(BlendModel.ModelName, options.BlendPopularWeights.Select(p => best with { BlendPopularWeight = p }));
        progress(1);
        return best;
    }

    private static double Middle(IReadOnlyList<double> values) => values[values.Count / 2];
}
