namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Chooses and trains this shop's customer recommender. The last <c>HoldoutDays</c> are held back as the test; the
/// same number of days before them tune EASE's λ, the discovery model and the buy-again blend weight. Every candidate
/// (popularity, buy again, item kNN, EASE, the blend) is then measured on the test window (HR@10, NDCG@10, coverage),
/// the best by NDCG@10 is chosen, and it is refitted on all the data. Returns and guests are left out.
/// Cost: a few EASE inverses of at most MaxEaseItems² (O(m³)) plus O(customers · history · m) scoring.
/// </summary>
public static class RecommendationTrainer
{
    private static readonly double[] Alphas = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.98, 1];
    private static readonly double[] HalfLives = [14, 30, 60, 120, 365];

    public static RecommendationModel Train(IReadOnlyList<PurchaseLine> lines, RecommendationOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var itemIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in lines) itemIndex.TryAdd(l.ProductId, itemIndex.Count);
        var items = itemIndex.OrderBy(i => i.Value).Select(i => i.Key).ToArray();
        var last = lines.Count == 0 ? DateOnly.MinValue : lines.Max(l => l.Day);
        var testFrom = last.AddDays(1 - options.HoldoutDays);
        var validationFrom = testFrom.AddDays(-options.HoldoutDays);

        // 1. Tune on the window before the test.
        var tuning = Interactions.Build(lines, itemIndex, items, validationFrom, options);
        var tuningTargets = OfflineEvaluation.Targets(lines, itemIndex, tuning, validationFrom, testFrom);
        var choice = Tune(tuning, tuningTargets, options, cancellationToken);
        progress?.Report(0.4);

        // 2. Measure every candidate on the test window.
        cancellationToken.ThrowIfCancellationRequested();
        var train = Interactions.Build(lines, itemIndex, items, testFrom, options);
        var targets = OfflineEvaluation.Targets(lines, itemIndex, train, testFrom, last.AddDays(1));
        var candidates = Candidates(train, choice, options);
        var evaluations = candidates.Select(c => OfflineEvaluation.Evaluate(c, train, targets)).ToList();
        progress?.Report(0.8);
        var best = evaluations.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Ndcg10).ThenBy(x => x.i).First();

        // 3. Refit the chosen kind on everything.
        cancellationToken.ThrowIfCancellationRequested();
        var all = Interactions.Build(lines, itemIndex, items, last.AddDays(1), options);
        var final = Candidates(all, choice, options)[best.i];
        progress?.Report(1);
        return new RecommendationModel(all, final, Why(best.e, evaluations), evaluations);
    }

    private sealed record Choice(double Lambda, bool EaseDiscovers, double Alpha, double HalfLife);

    private static Choice Tune(Interactions data, Dictionary<int, HashSet<int>> targets, RecommendationOptions options, CancellationToken ct)
    {
        if (targets.Count == 0) return new Choice(options.EaseLambdas[0], true, 0.5, options.BuyAgainHalfLifeDays);
        var counts = new CoOccurrence(data, Math.Max(options.MaxEaseItems, 4000));
        var eases = options.EaseLambdas.Select(l => { ct.ThrowIfCancellationRequested(); return new EaseScorer(data, counts, options.MaxEaseItems, l); }).ToList();
        var ease = eases.MaxBy(e => OfflineEvaluation.Evaluate(e, data, targets).Ndcg10)!;
        var knn = new ItemKnnScorer(data, counts, options.Neighbours, options.Shrinkage);
        var easeWins = OfflineEvaluation.Evaluate(ease, data, targets).Ndcg10 >= OfflineEvaluation.Evaluate(knn, data, targets).Ndcg10;
        var again = HalfLives.Select(h => new BuyAgainScorer(data, h)).MaxBy(s => OfflineEvaluation.Evaluate(s, data, targets).Ndcg10)!;
        Scorer discovery = easeWins ? ease : knn;
        var alpha = Alphas.MaxBy(a => OfflineEvaluation.Evaluate(new BlendScorer(data, again, discovery, a), data, targets).Ndcg10);
        return new Choice(ease.Lambda, easeWins, alpha, again.HalfLifeDays);
    }

    private static List<Scorer> Candidates(Interactions data, Choice choice, RecommendationOptions options)
    {
        var counts = new CoOccurrence(data, Math.Max(options.MaxEaseItems, 4000));
        var again = new BuyAgainScorer(data, choice.HalfLife);
        var knn = new ItemKnnScorer(data, counts, options.Neighbours, options.Shrinkage);
        var ease = new EaseScorer(data, counts, options.MaxEaseItems, choice.Lambda);
        return [new PopularityScorer(data), again, knn, ease, new BlendScorer(data, again, choice.EaseDiscovers ? ease : knn, choice.Alpha)];
    }

    private static string Why(ModelEvaluation chosen, List<ModelEvaluation> all)
    {
        var popularity = all[0];
        var others = all.Where(e => e != chosen).OrderByDescending(e => e.Ndcg10).First();
        return $"Trained without the last days and tested on them, it ranked what {chosen.TestCustomers:N0} returning customers then bought best: "
            + $"NDCG@10 {chosen.Ndcg10:0.000}, hit rate {chosen.HitRate10:P0}, against {others.Model.ToLowerInvariant()} ({others.Ndcg10:0.000}) "
            + $"and popularity ({popularity.Ndcg10:0.000}, hit rate {popularity.HitRate10:P0}).";
    }
}
