namespace MerchantInsights.Analytics.Recommendations;

/// <summary>The recommender chosen for this shop, refitted on all its data, with how every candidate scored.</summary>
public sealed class RecommendationModel
{
    private readonly Interactions _data;
    private readonly Scorer _scorer;
    private readonly PopularityScorer _popular;

    internal RecommendationModel(Interactions data, Scorer scorer, string whyChosen, IReadOnlyList<ModelEvaluation> evaluations)
    {
        (_data, _scorer, _popular) = (data, scorer, new PopularityScorer(data));
        (WhyChosen, Evaluations) = (whyChosen, evaluations);
    }

    public string ChosenModel => _scorer.Name;
    public string WhyChosen { get; }
    public IReadOnlyList<ModelEvaluation> Evaluations { get; }

    /// <summary>Top k for one customer; an unknown customer gets the popular products.</summary>
    public IReadOnlyList<CustomerPick> For(string customerId, int k)
    {
        var scores = new double[_data.Items.Length];
        if (!_data.UserIndex.TryGetValue(customerId, out var user))
        {
            _popular.Score(0, scores);
            return TopPicks.Of(scores, _data, k).Select((p, r) => new CustomerPick(customerId, r + 1, _data.Items[p.Item], p.Score, _popular.Reason(0, p.Item))).ToList();
        }
        _scorer.Score(user, scores);
        return TopPicks.Of(scores, _data, k).Select((p, r) =>
        {
            var reason = p.Score > 0 ? _scorer.Reason(user, p.Item) : "";
            return new CustomerPick(customerId, r + 1, _data.Items[p.Item], Math.Round(p.Score, 6), reason != "" ? reason : _popular.Reason(user, p.Item));
        }).ToList();
    }

    /// <summary>Top k for every customer with at least one order, by customer id then rank.</summary>
    public IReadOnlyList<CustomerPick> ForAll(int k) =>
        _data.Users.Order(StringComparer.Ordinal).SelectMany(c => For(c, k)).ToList();
}
